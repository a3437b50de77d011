/* errorflow.classify._idmask: mask_ids in C, one pass, no regex.
 *
 * Optional speed-up of errorflow.classify.fingerprint.mask_ids, which stays the
 * specification and the fallback (used when this module was not compiled).
 * The function replaces every match of the id regex of fingerprint.py
 *
 *   [0-9A-Fa-f](?<![A-Za-z@_0-9.x:-][0-9A-Fa-f])(?=[0-9A-Fa-fx.-]{6})(?![0-9A-Fa-fx.-]*\.de)
 *   (?:(?<=0)x[0-9A-Fa-f]++|(?<=\d)[0-9A-Fa-fx.-]*+|[A-Fa-f]*+\d[0-9A-Fa-fx.-]*+)
 *
 * by "0", scanning left to right as re.sub does. Each step below names the part
 * of the regex it implements. "\d" is a Unicode decimal digit, as in a str
 * pattern (Py_UNICODE_ISDECIMAL, which re uses too); every other class is ASCII.
 * The tests compare this module with the regex on the corpora and on generated
 * strings. It reads any str (embedded NULs, lone surrogates, any kind) and never
 * writes outside the buffers it allocates.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* Classes of the regex, for code points below 128 (every other code point is in none). */
enum { HEX = 1, RUN = 2, NEIGHBOUR = 4, LETTER = 8 };
static unsigned char classes[128];

static void init_classes(void) {
    const char *hex = "0123456789ABCDEFabcdef";
    const char *run = "0123456789ABCDEFabcdefx.-";
    for (const char *p = hex; *p; p++) classes[(unsigned char)*p] |= HEX;
    for (const char *p = run; *p; p++) classes[(unsigned char)*p] |= RUN;
    /* [A-Za-z@_0-9.x:-]: a character before the first one that makes it no id start. */
    for (int c = 'A'; c <= 'Z'; c++) classes[c] |= NEIGHBOUR;
    for (int c = 'a'; c <= 'z'; c++) classes[c] |= NEIGHBOUR;
    for (int c = '0'; c <= '9'; c++) classes[c] |= NEIGHBOUR;
    for (const char *p = "@_.x:-"; *p; p++) classes[(unsigned char)*p] |= NEIGHBOUR;
    for (const char *p = "ABCDEFabcdef"; *p; p++) classes[(unsigned char)*p] |= LETTER;
}

/* The scan is written once for any kind and inlined into one copy per kind (1, 2, 4 bytes a
 * character), so each copy reads characters without a switch on the kind. */
#if defined(__GNUC__) || defined(__clang__)
#define INLINE static inline __attribute__((always_inline))
#elif defined(_MSC_VER)
#define INLINE static __forceinline
#else
#define INLINE static inline
#endif

#define HAS(ch, cls) ((ch) < 128 && (classes[(ch)] & (cls)))

/* Index of the first character at or after start that is not of cls (n when none). */
INLINE Py_ssize_t skip(int kind, const void *data, Py_ssize_t start, Py_ssize_t n, int cls) {
    Py_ssize_t i = start;
    while (i < n) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (!HAS(ch, cls)) break;
        i++;
    }
    return i;
}

/* End of the id that starts at i, or -1 when no id starts there. */
INLINE Py_ssize_t match_at(int kind, const void *data, Py_ssize_t i, Py_ssize_t n) {
    Py_UCS4 first = PyUnicode_READ(kind, data, i);
    /* [0-9A-Fa-f] */
    if (!HAS(first, HEX)) return -1;
    /* (?<![A-Za-z@_0-9.x:-][0-9A-Fa-f]): the first character is hex, so only its neighbour counts. */
    if (i > 0) {
        Py_UCS4 before = PyUnicode_READ(kind, data, i - 1);
        if (HAS(before, NEIGHBOUR)) return -1;
    }
    /* (?=[0-9A-Fa-fx.-]{6}) */
    if (n - (i + 1) < 6) return -1;
    Py_ssize_t run_end = skip(kind, data, i + 1, n, RUN);
    if (run_end - (i + 1) < 6) return -1;
    /* (?![0-9A-Fa-fx.-]*\.de): ".de" is all run characters, so it must lie inside the run. */
    for (Py_ssize_t k = i + 1; k + 2 < run_end; k++) {
        if (PyUnicode_READ(kind, data, k) == '.' && PyUnicode_READ(kind, data, k + 1) == 'd' &&
            PyUnicode_READ(kind, data, k + 2) == 'e')
            return -1;
    }
    /* (?<=0)x[0-9A-Fa-f]++ */
    if (first == '0' && PyUnicode_READ(kind, data, i + 1) == 'x') {
        Py_ssize_t end = skip(kind, data, i + 2, n, HEX);
        if (end > i + 2) return end;
    }
    /* (?<=\d)[0-9A-Fa-fx.-]*+ (the first character is ASCII, so \d is 0-9 here) */
    if (first <= '9') return run_end;
    /* [A-Fa-f]*+\d[0-9A-Fa-fx.-]*+ */
    Py_ssize_t j = skip(kind, data, i + 1, n, LETTER);
    if (j >= n || !Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, data, j))) return -1;
    return skip(kind, data, j + 1, n, RUN);
}

INLINE PyObject *mask(PyObject *message, int kind, const void *data, Py_ssize_t n) {
    /* Most messages hold no id: find the first before allocating anything. */
    Py_ssize_t i = 0, start = -1, end = -1;
    for (; i + 7 <= n; i++) {
        end = match_at(kind, data, i, n);
        if (end >= 0) {
            start = i;
            break;
        }
    }
    if (start < 0) {
        Py_INCREF(message);
        return message;
    }
    /* Each id becomes one character, so the result is at most n characters of the message's
     * kind; PyUnicode_FromKindAndData gives it its canonical (possibly narrower) kind. */
    char *out = PyMem_Malloc((size_t)(n * kind));
    if (out == NULL) return PyErr_NoMemory();
    Py_ssize_t length = 0, copied = 0;
    while (start >= 0) {
        memcpy(out + length * kind, (const char *)data + copied * kind, (size_t)((start - copied) * kind));
        length += start - copied;
        PyUnicode_WRITE(kind, out, length, '0');
        length++;
        copied = end;
        start = -1;
        /* re.sub goes on from the end of a match (a match is never empty). */
        for (i = end; i + 7 <= n; i++) {
            end = match_at(kind, data, i, n);
            if (end >= 0) {
                start = i;
                break;
            }
        }
    }
    memcpy(out + length * kind, (const char *)data + copied * kind, (size_t)((n - copied) * kind));
    length += n - copied;
    PyObject *result = PyUnicode_FromKindAndData(kind, out, length);
    PyMem_Free(out);
    return result;
}

static PyObject *mask_ids(PyObject *module, PyObject *message) {
    (void)module;
    if (!PyUnicode_Check(message)) {
        PyErr_Format(PyExc_TypeError, "mask_ids() argument must be str, not %.100s", Py_TYPE(message)->tp_name);
        return NULL;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(message) < 0) return NULL;
#endif
    Py_ssize_t n = PyUnicode_GET_LENGTH(message);
    const void *data = PyUnicode_DATA(message);
    switch (PyUnicode_KIND(message)) {
    case PyUnicode_1BYTE_KIND:
        return mask(message, PyUnicode_1BYTE_KIND, data, n);
    case PyUnicode_2BYTE_KIND:
        return mask(message, PyUnicode_2BYTE_KIND, data, n);
    default:
        return mask(message, PyUnicode_4BYTE_KIND, data, n);
    }
}

static PyMethodDef methods[] = {
    {"mask_ids", mask_ids, METH_O, "Return the message with its ids replaced by '0' (see fingerprint.mask_ids)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    "errorflow.classify._idmask",
    "mask_ids in C: an optional speed-up of errorflow.classify.fingerprint.mask_ids.",
    0,
    methods,
    NULL,
    NULL,
    NULL,
    NULL,
};

PyMODINIT_FUNC PyInit__idmask(void) {
    init_classes();
    return PyModule_Create(&module);
}
