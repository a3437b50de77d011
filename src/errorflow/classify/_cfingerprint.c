/* errorflow.classify._cfingerprint: mask_ids, normalize_message, fingerprint_text, literal_mask and phrase_starts in C,
 * without regexes.
 *
 * Optional speed-up of errorflow.classify.fingerprint: its Python functions
 * mask_ids_python and normalize_message_python stay the specification and the
 * fallback (used when this module was not compiled).
 *
 * mask_ids replaces every match of the id regex of fingerprint.py
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
#include <stdint.h>
#include <structmember.h>

/* Classes of the regex, for code points below 128 (every other code point is in none). */
enum { HEX = 1, RUN = 2, NEIGHBOUR = 4, LETTER = 8 };
static unsigned char classes[128];

/* Per byte, as the walks read it (one table load instead of a chain of range tests on the hottest loops): a word
 * character ([A-Za-z0-9_]), white space as the Unicode pattern's \s reads ASCII (\t-\r, \x1c-\x1f, space), and
 * \x1c-\x1f alone (where the ASCII and Unicode \s differ). */
enum { KIND_WORD = 1, KIND_SPACE = 2, KIND_SEPARATOR = 4 };
static unsigned char char_kinds[256];

static void init_kinds(void) {
    for (int c = 0; c < 256; c++) {
        int word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        int space = (c >= 9 && c <= 13) || (c >= 28 && c <= 32);
        int separator = c >= 0x1c && c <= 0x1f;
        char_kinds[c] = (unsigned char)((word ? KIND_WORD : 0) | (space ? KIND_SPACE : 0) |
                                        (separator ? KIND_SEPARATOR : 0));
    }
}

/* Per byte, the character sets the normalisation's passes test (one table load where each test called strchr over
 * the set's string): built from the very strings the passes name (SCHEME_CHARS, ... below), so a set and its bit
 * cannot disagree. */
enum {
    NORM_SCHEME = 1,   /* SCHEME_CHARS */
    NORM_EMAIL = 2,    /* EMAIL_CHARS */
    NORM_HOST = 4,     /* HOST_CHARS */
    NORM_PATH = 8,     /* [\w.@%+~-] */
    NORM_TOKEN = 16,   /* [\w.:~-] */
    NORM_URL_STOP = 32, /* the characters besides white space that end a URL: '"<>)] */
    NORM_ANCHOR = 64,   /* where a host's suffix or port may start: . : */
    NORM_TOKEN_START = 128 /* where a token may start: a quote or a digit */
};
static unsigned char norm_kinds[256];
#define NORM(c, bit) (norm_kinds[(unsigned char)(c)] & (bit))
static void init_norm_kinds(void);
static void init_tld_by_letter(void);

static void init_classes(void) {
    init_kinds();
    init_norm_kinds();
    init_tld_by_letter();
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

/* Sixteen bytes at a time where the compiler targets SSE2 (every x86-64): a mask of which bytes of a block are of a
 * class, one bit a byte, so a walk visits only the positions it must look at instead of testing each character.
 * Elsewhere (and for the bytes past a text's last full block) the same tests run a byte at a time from the tables
 * (char_kinds, norm_kinds): the vector forms are only faster, never other (test_classify_phrase_walk.py and
 * test_classify_cfingerprint.py shift phrases, words and tokens across the 16-byte block edges and compare with the
 * specifications). */
#if defined(__SSE2__)
#include <emmintrin.h>
#define BLOCK_MASKS 1
#endif
#define BLOCK 16

#if defined(__GNUC__) || defined(__clang__)
#define LOWEST_BIT(mask) ((Py_ssize_t)__builtin_ctz(mask))
#else
INLINE Py_ssize_t LOWEST_BIT(uint32_t mask) {
    Py_ssize_t k = 0;
    while (!(mask & 1u)) {
        mask >>= 1;
        k++;
    }
    return k;
}
#endif

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


/* ---------------------------------------------------------------- normalize_message, ASCII text
 *
 * fingerprint.normalize_message_python on a message whose first MESSAGE_CHARS * 3 characters are
 * ASCII (the caller slices and checks): lower case, then each pass of the Python function in its
 * order, each written out from its regex (the regexes are in fingerprint.py): URLs, addresses,
 * paths, hosts, tokens, hex letters glued before a replaced number, white space collapsed, the
 * first `limit` characters kept. Every pass replaces at least one character by "~", so each
 * output fits in the buffer of its input.
 */

/* \w and \s as re reads ASCII text: the Unicode pattern's \s also holds \x1c-\x1f (as str.split
 * does), the ASCII-compiled token regex's does not. */
static int is_word(unsigned char c) { return char_kinds[c] & KIND_WORD; }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int is_space_unicode(unsigned char c) { return char_kinds[c] & KIND_SPACE; }
static int is_space_ascii(unsigned char c) { return (c >= 9 && c <= 13) || c == ' '; }

/* Bit k set where p[k] (k < len, len <= BLOCK) is a word character ([A-Za-z0-9_]; a byte past 127 is none). */
static uint32_t word_mask(const unsigned char *p, Py_ssize_t len) {
#ifdef BLOCK_MASKS
    unsigned char tail[BLOCK] = {0}; /* a last, shorter block is read from a copy (no read past the text) */
    if (len < BLOCK) {
        memcpy(tail, p, (size_t)len);
        p = tail; /* its zeros are no word characters, and the caller reads only the first len bits */
    }
    {
        __m128i x = _mm_loadu_si128((const __m128i *)p);
        /* signed compares: a byte past 127 is negative, below every bound */
        __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)),
                                      _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1)));
        __m128i folded = _mm_or_si128(x, _mm_set1_epi8(0x20)); /* A-Z to a-z; @ [ \ ] ^ to ` { | } ~: no letters */
        __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                       _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
        __m128i under = _mm_cmpeq_epi8(x, _mm_set1_epi8('_'));
        return (uint32_t)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(digit, letter), under));
    }
#else
    uint32_t mask = 0;
    for (Py_ssize_t k = 0; k < len; k++) mask |= (uint32_t)(char_kinds[p[k]] & KIND_WORD) << k;
    return mask;
#endif
}

/* The first position at or after i (n when none) of a byte the mask expression marks in a block (x the block) or the
 * scalar test marks past the last full block; the two tests mark the same bytes. */
#ifdef BLOCK_MASKS
#define FIRST_OF(in, i, n, block_mask, byte_test)                                                                     \
    do {                                                                                                               \
        for (; (i) + BLOCK <= (n); (i) += BLOCK) {                                                                     \
            __m128i x = _mm_loadu_si128((const __m128i *)((in) + (i)));                                                \
            uint32_t marked = (uint32_t)_mm_movemask_epi8(block_mask);                                                 \
            if (marked) return (i) + LOWEST_BIT(marked);                                                               \
        }                                                                                                              \
        while ((i) < (n) && !(byte_test)) (i)++;                                                                       \
        return (i);                                                                                                    \
    } while (0)
/* signed compares: a byte past 127 is negative, below every bound */
#define IN_RANGE(x, lo, hi)                                                                                            \
    _mm_and_si128(_mm_cmpgt_epi8((x), _mm_set1_epi8((lo) - 1)), _mm_cmplt_epi8((x), _mm_set1_epi8((hi) + 1)))
#define IS(x, c) _mm_cmpeq_epi8((x), _mm_set1_epi8(c))
#else
#define FIRST_OF(in, i, n, block_mask, byte_test)                                                                     \
    do {                                                                                                               \
        while ((i) < (n) && !(byte_test)) (i)++;                                                                       \
        return (i);                                                                                                    \
    } while (0)
#endif

/* The next white space as the Unicode \s reads ASCII: \t-\r, \x1c-\x1f, space (char_kinds' KIND_SPACE). */
static Py_ssize_t next_space(const unsigned char *in, Py_ssize_t i, Py_ssize_t n) {
    FIRST_OF(in, i, n, _mm_or_si128(IN_RANGE(x, 9, 13), IN_RANGE(x, 28, 32)), char_kinds[in[i]] & KIND_SPACE);
}

/* The next quote or digit (NORM_TOKEN_START: where a token may start). */
static Py_ssize_t next_token_start(const unsigned char *in, Py_ssize_t i, Py_ssize_t n) {
    FIRST_OF(in, i, n, _mm_or_si128(IN_RANGE(x, '0', '9'), _mm_or_si128(IS(x, '\''), IS(x, '"'))),
             NORM(in[i], NORM_TOKEN_START));
}

/* The next "." or ":" (NORM_ANCHOR: where a host's suffix or port may start). */
static Py_ssize_t next_anchor(const unsigned char *in, Py_ssize_t i, Py_ssize_t n) {
    FIRST_OF(in, i, n, _mm_or_si128(IS(x, '.'), IS(x, ':')), NORM(in[i], NORM_ANCHOR));
}

static int is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static int is_hex_letter(unsigned char c) { return c >= 'a' && c <= 'f'; }
static int in_set(unsigned char c, const char *set) { return c != 0 && strchr(set, c) != NULL; }

#define SCHEME_CHARS "abcdefghijklmnopqrstuvwxyz0123456789+.-"
#define EMAIL_CHARS "abcdefghijklmnopqrstuvwxyz0123456789.+-_"
#define HOST_CHARS "abcdefghijklmnopqrstuvwxyz0123456789.-_"
#define PATH_EXTRA ".@%+~-"
#define TOKEN_EXTRA ".:~-"
#define URL_STOPS "'\"<>)]"

static void init_norm_kinds(void) {
    static const struct {
        const char *set;
        unsigned char bit;
        int words;
    } sets[] = {
        {SCHEME_CHARS, NORM_SCHEME, 0}, {EMAIL_CHARS, NORM_EMAIL, 0}, {HOST_CHARS, NORM_HOST, 0},
        {PATH_EXTRA, NORM_PATH, 1},     {TOKEN_EXTRA, NORM_TOKEN, 1}, {URL_STOPS, NORM_URL_STOP, 0},
        {".:", NORM_ANCHOR, 0},         {"'\"0123456789", NORM_TOKEN_START, 0},
    };
    for (int c = 1; c < 256; c++) /* in_set: NUL is in no set */
        for (size_t k = 0; k < sizeof sets / sizeof sets[0]; k++)
            if (in_set((unsigned char)c, sets[k].set) || (sets[k].words && (char_kinds[c] & KIND_WORD)))
                norm_kinds[c] |= sets[k].bit;
}


typedef struct {
    const unsigned char *in;
    Py_ssize_t n;
    unsigned char *out;
    Py_ssize_t length; /* of out */
    Py_ssize_t copied; /* of in */
} Pass;

/* Copy in[copied:start] (nothing when start < copied, as a Python slice), write "~", go on from stop. */
static void replace(Pass *pass, Py_ssize_t start, Py_ssize_t stop) {
    if (start > pass->copied) {
        memcpy(pass->out + pass->length, pass->in + pass->copied, (size_t)(start - pass->copied));
        pass->length += start - pass->copied;
    }
    pass->out[pass->length++] = '~';
    pass->copied = stop;
}

static Py_ssize_t finish(Pass *pass) {
    if (pass->n > pass->copied) {
        memcpy(pass->out + pass->length, pass->in + pass->copied, (size_t)(pass->n - pass->copied));
        pass->length += pass->n - pass->copied;
    }
    return pass->length;
}

static Py_ssize_t find(const unsigned char *text, Py_ssize_t n, const char *needle, Py_ssize_t from) {
    Py_ssize_t size = (Py_ssize_t)strlen(needle);
    Py_ssize_t i = from;
    while (i + size <= n) { /* memchr to each place of the needle's first character, then the rest compared */
        const unsigned char *at = memchr(text + i, (unsigned char)needle[0], (size_t)(n - size + 1 - i));
        if (at == NULL) return -1;
        i = at - text;
        if (memcmp(text + i + 1, needle + 1, (size_t)(size - 1)) == 0) return i;
        i++;
    }
    return -1;
}

/* len(text[:index].rstrip(allowed)) */
static Py_ssize_t left(const unsigned char *text, Py_ssize_t index, unsigned char allowed) {
    while (index > 0 && NORM(text[index - 1], allowed)) index--;
    return index;
}

/* _replace_around(text, "://", _SCHEME_CHARS, _URL_END = [^\s'"<>)\]]*, 3) */
static Py_ssize_t pass_urls(const unsigned char *in, Py_ssize_t n, unsigned char *out) {
    Pass pass = {in, n, out, 0, 0};
    Py_ssize_t index = find(in, n, "://", 0);
    while (index >= 0) {
        Py_ssize_t start = left(in, index, NORM_SCHEME);
        Py_ssize_t stop = index + 3;
        while (stop < n && !is_space_unicode(in[stop]) && !NORM(in[stop], NORM_URL_STOP)) stop++;
        replace(&pass, start, stop);
        index = find(in, n, "://", stop > index + 1 ? stop : index + 1);
    }
    return finish(&pass);
}

static int is_email_end_char(unsigned char c) { return is_word(c) || c == '-'; }

/* _replace_around(text, "@", _EMAIL_CHARS, _EMAIL_END = [\w-]+(?:\.[\w-]+)+, 1) */
static Py_ssize_t pass_emails(const unsigned char *in, Py_ssize_t n, unsigned char *out) {
    Pass pass = {in, n, out, 0, 0};
    Py_ssize_t index = find(in, n, "@", 0);
    while (index >= 0) {
        Py_ssize_t start = left(in, index, NORM_EMAIL);
        Py_ssize_t stop = index + 1, k = index + 1;
        while (k < n && is_email_end_char(in[k])) k++;
        if (k > index + 1) {
            Py_ssize_t end = k, groups = 0;
            while (end + 1 < n && in[end] == '.' && is_email_end_char(in[end + 1])) {
                end += 2;
                while (end < n && is_email_end_char(in[end])) end++;
                groups++;
            }
            if (groups) stop = end;
        }
        if (start < index) replace(&pass, start, stop);
        index = find(in, n, "@", stop > index + 1 ? stop : index + 1);
    }
    return finish(&pass);
}

static int is_sep(unsigned char c) { return c == '/' || c == '\\'; }
static int is_path_char(unsigned char c) { return NORM(c, NORM_PATH); }

/* _PATH = [\\/][\w.@%+~-]+(?:[\\/][\w.@%+~-]+)+[\\/]? (_SLASH_PATH where no backslash: the same) */
static Py_ssize_t pass_paths(const unsigned char *in, Py_ssize_t n, unsigned char *out) {
    Pass pass = {in, n, out, 0, 0};
    Py_ssize_t i = 0;
    while (i < n) {
        if (is_sep(in[i])) {
            Py_ssize_t end = i + 1;
            while (end < n && is_path_char(in[end])) end++;
            if (end > i + 1) {
                Py_ssize_t groups = 0;
                while (end + 1 < n && is_sep(in[end]) && is_path_char(in[end + 1])) {
                    end += 2;
                    while (end < n && is_path_char(in[end])) end++;
                    groups++;
                }
                if (groups) {
                    if (end < n && is_sep(in[end])) end++;
                    replace(&pass, i, end);
                    i = end;
                    continue;
                }
            }
        }
        i++;
    }
    return finish(&pass);
}

static const char *const TLDS[] = {
    "com", "net", "org", "io", "dev", "ai", "co", "uk", "de", "fr", "nl", "eu", "us", "cloud", "app", "local",
    "localhost", "internal", "lan", "corp", "svc", "cluster", "example", "test", "invalid", "amazonaws",
    "googleapis", "azure", "windows", "cn", "jp", "ru", "in", "br", "info", "biz", "me", "tv", "xyz", "site",
    "online", NULL,
};

/* The indices into TLDS of the suffixes starting with each letter, each list ended by -1 (init_tld_by_letter). */
#define TLD_COUNT (sizeof TLDS / sizeof TLDS[0] - 1)
static signed char tld_by_letter[26][TLD_COUNT + 1];

static void init_tld_by_letter(void) {
    for (int letter = 0; letter < 26; letter++) {
        int count = 0;
        for (size_t k = 0; k < TLD_COUNT; k++)
            if (TLDS[k][0] == 'a' + letter) tld_by_letter[letter][count++] = (signed char)k;
        tld_by_letter[letter][count] = -1;
    }
}

/* \b at q (ASCII word characters) */
static int boundary(const unsigned char *text, Py_ssize_t n, Py_ssize_t q) {
    int before = q > 0 && is_word(text[q - 1]);
    int after = q < n && is_word(text[q]);
    return before != after;
}

/* _HOST_SUFFIX = \.(?:tlds)\b or _HOST_PORT = :\d{2,5}\b starts at i */
static int host_anchor(const unsigned char *text, Py_ssize_t n, Py_ssize_t i) {
    if (text[i] == '.') {
        if (i + 1 >= n) return 0; /* every suffix has a character */
        unsigned char first = text[i + 1];
        if (first < 'a' || first > 'z') return 0; /* every suffix starts with a letter */
        /* Only the suffixes that start with that letter (what memcmp would find first), from their index. */
        for (const signed char *k = tld_by_letter[first - 'a']; *k >= 0; k++) {
            const char *tld = TLDS[*k];
            Py_ssize_t size = (Py_ssize_t)strlen(tld);
            if (i + 1 + size <= n && memcmp(text + i + 1, tld, (size_t)size) == 0 && boundary(text, n, i + 1 + size))
                return 1;
        }
        return 0;
    }
    if (text[i] == ':') {
        Py_ssize_t end = i + 1;
        while (end < n && is_digit(text[end])) end++;
        return end - (i + 1) >= 2 && end - (i + 1) <= 5 && boundary(text, n, end);
    }
    return 0;
}

/* _replace_hosts */
static Py_ssize_t pass_hosts(const unsigned char *in, Py_ssize_t n, unsigned char *out) {
    Pass pass = {in, n, out, 0, 0};
    for (Py_ssize_t anchor = next_anchor(in, 0, n); anchor < n; anchor = next_anchor(in, anchor + 1, n)) {
        /* at a . or : only: what host_anchor reads first */
        if (!host_anchor(in, n, anchor)) continue;
        Py_ssize_t start = left(in, anchor, NORM_HOST);
        if (start < pass.copied || start == anchor) continue;
        /* _HOST_END = [a-z0-9.-]*(?::\d+)? */
        Py_ssize_t end = anchor;
        while (end < n && (is_lower(in[end]) || is_digit(in[end]) || in[end] == '.' || in[end] == '-')) end++;
        if (end + 1 < n && in[end] == ':' && is_digit(in[end + 1])) {
            end += 2;
            while (end < n && is_digit(in[end])) end++;
        }
        replace(&pass, start, end);
    }
    return finish(&pass);
}

/* `word` at p followed by \b: the end, or -1 */
static Py_ssize_t literal(const unsigned char *text, Py_ssize_t n, Py_ssize_t p, const char *word) {
    if (p >= n || text[p] != (unsigned char)word[0]) return -1; /* every word has a character: no strlen or memcmp */
    Py_ssize_t size = (Py_ssize_t)strlen(word);
    if (p + size <= n && memcmp(text + p, word, (size_t)size) == 0 && boundary(text, n, p + size)) return p + size;
    return -1;
}

/* (?:[kmgtpe]i?b|bytes?|ms|us|ns|sec(?:ond)?s?|min(?:ute)?s?|hours?|days?|%)\b at p: the end, or -1.
 * Each alternative's options are tried in the order the regex tries them (greedy first). */
static Py_ssize_t unit_at(const unsigned char *text, Py_ssize_t n, Py_ssize_t p) {
    static const char *const alternatives[] = {
        "bytes", "byte", "\x01", "ms", "us", "ns", "seconds", "second", "secs", "sec",
        "minutes", "minute", "mins", "min", "hours", "hour", "days", "day", "%", NULL,
    };
    if (p >= n) return -1;
    if (in_set(text[p], "kmgtpe")) {
        if (p + 2 < n && text[p + 1] == 'i' && text[p + 2] == 'b' && boundary(text, n, p + 3)) return p + 3;
        if (p + 1 < n && text[p + 1] == 'b' && boundary(text, n, p + 2)) return p + 2;
    }
    for (const char *const *word = alternatives; *word; word++) {
        if ((*word)[0] == '\x01') continue; /* the [kmgtpe]i?b place, tried above */
        Py_ssize_t end = literal(text, n, p, *word);
        if (end >= 0) return end;
    }
    return -1;
}

static int is_token_char(unsigned char c) { return NORM(c, NORM_TOKEN); }

/* _ASCII_TOKENS = '[^'\s]*'|"[^"\s]*"|\d[\w.:~-]*(?: ?(?:units)\b)? (re.ASCII) */
static Py_ssize_t pass_tokens(const unsigned char *in, Py_ssize_t n, unsigned char *out) {
    Pass pass = {in, n, out, 0, 0};
    Py_ssize_t i = 0;
    while (i < n) {
        i = next_token_start(in, i, n); /* no token starts elsewhere */
        if (i >= n) break;
        unsigned char c = in[i];
        Py_ssize_t end = -1;
        if (c == '\'' || c == '"') {
            Py_ssize_t j = i + 1;
            while (j < n && in[j] != c && !is_space_ascii(in[j])) j++;
            if (j < n && in[j] == c) end = j + 1;
        } else if (is_digit(c)) {
            end = i + 1;
            while (end < n && is_token_char(in[end])) end++;
            Py_ssize_t unit = -1;
            if (end < n && in[end] == ' ') unit = unit_at(in, n, end + 1);
            if (unit < 0) unit = unit_at(in, n, end);
            if (unit >= 0) end = unit;
        }
        if (end >= 0) {
            replace(&pass, i, end);
            i = end;
        } else {
            i++;
        }
    }
    return finish(&pass);
}

/* _HEX_PREFIX = ~[a-f]+(?![a-z]) on the reversed text: hex letters glued before a "~", when no
 * other letter stands before them, go into the "~". The reversed scan drops, for each "~", the run of hex letters
 * right before it when the character before the run is no lower-case letter (or the run starts the text); the runs
 * of two "~" never overlap (a "~" is no hex letter), so one forward pass copies and, at each "~", takes back the run
 * it has just copied. */
static Py_ssize_t pass_hex_prefix(const unsigned char *in, Py_ssize_t n, unsigned char *out) {
    Py_ssize_t length = 0, copied = 0;
    for (;;) {
        const unsigned char *tilde = memchr(in + copied, '~', (size_t)(n - copied));
        Py_ssize_t p = tilde == NULL ? n : tilde - in;
        memcpy(out + length, in + copied, (size_t)(p - copied));
        length += p - copied;
        if (p == n) return length;
        Py_ssize_t s = p;
        while (s > 0 && is_hex_letter(in[s - 1])) s--;
        if (s < p && (s == 0 || !is_lower(in[s - 1]))) length -= p - s; /* copied just before, none dropped */
        out[length++] = '~';
        copied = p + 1;
    }
}

/* " ".join(text.split())[:limit] */
static Py_ssize_t pass_spaces(const unsigned char *in, Py_ssize_t n, unsigned char *out, Py_ssize_t limit) {
    Py_ssize_t length = 0, i = 0;
    while (i < n && length < limit) {
        while (i < n && is_space_unicode(in[i])) i++;
        if (i >= n) break;
        if (length) out[length++] = ' ';
        Py_ssize_t end = i + 1; /* the word: in[i] is no space */
        end = next_space(in, end, n);
        Py_ssize_t size = end - i < limit - length ? end - i : limit - length;
        memcpy(out + length, in + i, (size_t)size);
        length += size;
        i += size;
    }
    return length < limit ? length : limit;
}

/* The passes of normalize_message over n ASCII bytes: *a holds the lower-cased result, cut to limit, and its length
 * is returned; -1 (no memory, nothing allocated) otherwise. The caller frees *a and *b with PyMem_Free. */
static Py_ssize_t normalize_into(const unsigned char *data, Py_ssize_t n, Py_ssize_t limit, unsigned char **pa,
                                 unsigned char **pb) {
    unsigned char *a = PyMem_Malloc((size_t)n + 1), *b = PyMem_Malloc((size_t)n + 1);
    if (a == NULL || b == NULL) {
        PyMem_Free(a);
        PyMem_Free(b);
        return -1;
    }
    /* Branch-free (bitwise, no short-circuit); 16 bytes at a time where SSE2 is (the compiler did not vectorise the
     * byte loop: callgrind counted it a byte at a time), the same tests as the byte loop after it. */
    unsigned char has_url = 0, has_at = 0, has_sep = 0, has_dot = 0, has_token = 0;
    Py_ssize_t i = 0;
#ifdef BLOCK_MASKS
    __m128i url = _mm_setzero_si128(), at = url, sep = url, dot = url, token = url;
    for (; i + BLOCK <= n; i += BLOCK) {
        __m128i x = _mm_loadu_si128((const __m128i *)(data + i));
        __m128i upper = IN_RANGE(x, 'A', 'Z');
        _mm_storeu_si128((__m128i *)(a + i), _mm_add_epi8(x, _mm_and_si128(upper, _mm_set1_epi8(32))));
        at = _mm_or_si128(at, IS(x, '@'));
        sep = _mm_or_si128(sep, _mm_or_si128(IS(x, '/'), IS(x, '\\')));
        url = _mm_or_si128(url, IS(x, ':'));
        dot = _mm_or_si128(dot, IS(x, '.'));
        token = _mm_or_si128(token, _mm_or_si128(IN_RANGE(x, '0', '9'), _mm_or_si128(IS(x, '\''), IS(x, '"'))));
    }
    has_at = _mm_movemask_epi8(at) != 0;
    has_sep = _mm_movemask_epi8(sep) != 0;
    has_url = _mm_movemask_epi8(url) != 0;
    has_dot = _mm_movemask_epi8(dot) != 0;
    has_token = _mm_movemask_epi8(token) != 0;
#endif
    for (; i < n; i++) {
        unsigned char c = data[i];
        a[i] = (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
        has_at |= c == '@';
        has_sep |= (c == '/') | (c == '\\');
        has_url |= c == ':';
        has_dot |= c == '.';
        has_token |= ((unsigned char)(c - '0') < 10) | (c == '\'') | (c == '"');
    }
    unsigned char *swap;
#define PASS(call)                                                                                                     \
    do {                                                                                                               \
        n = call;                                                                                                      \
        swap = a;                                                                                                      \
        a = b;                                                                                                         \
        b = swap;                                                                                                      \
    } while (0)
    if (has_url && has_sep) PASS(pass_urls(a, n, b));
    if (has_at) PASS(pass_emails(a, n, b));
    if (has_sep) PASS(pass_paths(a, n, b));
    /* A pass changes nothing where its anchors are missing; the passes only write "~", so what the message lacks
     * stays missing: the hosts need a "." or ":", the tokens a quote or a digit, the hex letters a "~". */
    if (has_dot || has_url) PASS(pass_hosts(a, n, b));
    if (has_token) PASS(pass_tokens(a, n, b));
    if (memchr(a, '~', (size_t)n) != NULL) PASS(pass_hex_prefix(a, n, b));
    PASS(pass_spaces(a, n, b, limit));
#undef PASS
    *pa = a;
    *pb = b;
    return n;
}

/* The arguments (text: str, limit: int) of normalize_message and fingerprint: the text's bytes, its length and the
 * limit, or -1 with an exception set (text not ASCII, a negative limit). */
static int ascii_text(const char *name, PyObject *text, PyObject *limit_object, const unsigned char **data,
                      Py_ssize_t *n, Py_ssize_t *limit) {
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0) return -1;
#endif
    if (!PyUnicode_IS_ASCII(text)) {
        PyErr_Format(PyExc_ValueError, "%s() takes ASCII text only", name);
        return -1;
    }
    *limit = PyLong_AsSsize_t(limit_object);
    if (*limit < 0) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "limit must not be negative");
        return -1;
    }
    *n = PyUnicode_GET_LENGTH(text);
    *data = PyUnicode_1BYTE_DATA(text);
    return 0;
}

static PyObject *normalize_ascii(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 2 || !PyUnicode_Check(args[0]) || !PyLong_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "normalize_message(text: str, limit: int)");
        return NULL;
    }
    const unsigned char *data;
    Py_ssize_t n, limit;
    if (ascii_text("normalize_message", args[0], args[1], &data, &n, &limit) < 0) return NULL;
    unsigned char *a, *b;
    n = normalize_into(data, n, limit, &a, &b);
    if (n < 0) return PyErr_NoMemory();
    PyObject *result = PyUnicode_New(n, 127);
    if (result != NULL) memcpy(PyUnicode_1BYTE_DATA(result), a, (size_t)n);
    PyMem_Free(a);
    PyMem_Free(b);
    return result;
}

/* A str's UTF-8 bytes (lone surrogates as "surrogatepass" encodes them): its data where it is ASCII (*owner NULL),
 * else an encoded copy (*owner, to release); -1 with an exception set. */
static int utf8_of(PyObject *text, const char **data, Py_ssize_t *size, PyObject **owner) {
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0) return -1;
#endif
    *owner = NULL;
    if (PyUnicode_IS_ASCII(text)) {
        *data = (const char *)PyUnicode_1BYTE_DATA(text);
        *size = PyUnicode_GET_LENGTH(text);
        return 0;
    }
    *owner = PyUnicode_AsEncodedString(text, "utf-8", "surrogatepass");
    if (*owner == NULL) return -1;
    *data = PyBytes_AS_STRING(*owner);
    *size = PyBytes_GET_SIZE(*owner);
    return 0;
}

/* fingerprint_text(exc_type, text, frames, limit): the bytes the fingerprint hashes,
 * f"{exc_type}\n{normalize_message(text, limit)}\n{frames}".encode("utf-8", "surrogatepass"), text ASCII, in one
 * call: no normalised str, joined str or encoding step (see fingerprint.fingerprint_python, the specification). */
static PyObject *fingerprint_text(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 4 || !PyUnicode_Check(args[0]) || !PyUnicode_Check(args[1]) || !PyUnicode_Check(args[2]) ||
        !PyLong_Check(args[3])) {
        PyErr_SetString(PyExc_TypeError, "fingerprint_text(exc_type: str, text: str, frames: str, limit: int)");
        return NULL;
    }
    const unsigned char *data;
    Py_ssize_t n, limit;
    if (ascii_text("fingerprint_text", args[1], args[3], &data, &n, &limit) < 0) return NULL;
    const char *type_data, *frames_data;
    Py_ssize_t type_size, frames_size;
    PyObject *type_owner, *frames_owner;
    if (utf8_of(args[0], &type_data, &type_size, &type_owner) < 0) return NULL;
    if (utf8_of(args[2], &frames_data, &frames_size, &frames_owner) < 0) {
        Py_XDECREF(type_owner);
        return NULL;
    }
    PyObject *result = NULL;
    unsigned char *a, *b;
    n = normalize_into(data, n, limit, &a, &b);
    if (n < 0) {
        PyErr_NoMemory();
    } else {
        result = PyBytes_FromStringAndSize(NULL, type_size + n + frames_size + 2);
        if (result != NULL) {
            char *out = PyBytes_AS_STRING(result);
            memcpy(out, type_data, (size_t)type_size);
            out[type_size] = '\n';
            memcpy(out + type_size + 1, a, (size_t)n);
            out[type_size + 1 + n] = '\n';
            memcpy(out + type_size + n + 2, frames_data, (size_t)frames_size);
        }
        PyMem_Free(a);
        PyMem_Free(b);
    }
    Py_XDECREF(type_owner);
    Py_XDECREF(frames_owner);
    return result;
}

/* The first 8 bytes of a digest as 16 lower-case hex digits (hexdigest()[:16]). */
static inline PyObject *hex16(const unsigned char *digest) {
    static const char hex[] = "0123456789abcdef";
    PyObject *result = PyUnicode_New(16, 127);
    if (result == NULL) return NULL;
    Py_UCS1 *out = PyUnicode_1BYTE_DATA(result);
    for (int k = 0; k < 8; k++) {
        out[2 * k] = (Py_UCS1)hex[digest[k] >> 4];
        out[2 * k + 1] = (Py_UCS1)hex[digest[k] & 15u];
    }
    return result;
}

/* fingerprint_digest(exc_type, text, frames, limit): fingerprint_python's 16 hex digits, the SHA-1 of fingerprint_text's
 * bytes computed with the CPU's SHA instructions (x86-64 SHA extensions, checked once at import: SHA1_INSTRUCTIONS).
 * hashlib's copy, update, hex digest and slice cost some 4,700 instructions a call outside OpenSSL, more than the
 * hashing; a portable C SHA-1 costs about three times OpenSSL's per block and did not pay (docs/classification.md,
 * "fifth round"), so where the instructions are missing the module has no SHA1_INSTRUCTIONS and fingerprint.py calls
 * fingerprint_digest_libcrypto (below), or hashlib where that found no libcrypto. The digest is the same SHA-1 (the fingerprints are stored and grouped on): the tests compare it with
 * hashlib on every length around the block boundaries and on the corpora. */
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define HAVE_SHA1_INSTRUCTIONS 1
#include <cpuid.h>
#include <immintrin.h>

static int sha1_instructions(void) {
    unsigned int a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    if (!(c & (1u << 9)) || !(c & (1u << 19))) return 0; /* SSSE3, SSE4.1 */
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
    return (b >> 29) & 1u; /* SHA */
}

/* One SHA-1 block group per 4 rounds, as Intel's reference (rounds 0-15 load the message, then each group feeds
 * the schedule of the next ones; an update of a word no later group reads is harmless). */
#define SHA1_GROUP(i, e_in, e_out, f)                                                                                  \
    do {                                                                                                               \
        e_in = _mm_sha1nexte_epu32(e_in, msg[(i) % 4]);                                                                \
        e_out = abcd;                                                                                                  \
        msg[((i) + 1) % 4] = _mm_sha1msg2_epu32(msg[((i) + 1) % 4], msg[(i) % 4]);                                     \
        abcd = _mm_sha1rnds4_epu32(abcd, e_in, f);                                                                     \
        msg[((i) + 3) % 4] = _mm_sha1msg1_epu32(msg[((i) + 3) % 4], msg[(i) % 4]);                                     \
        msg[((i) + 2) % 4] = _mm_xor_si128(msg[((i) + 2) % 4], msg[(i) % 4]);                                          \
    } while (0)

__attribute__((target("sha,ssse3,sse4.1"))) static void sha1_blocks(uint32_t state[5], const unsigned char *data,
                                                                     Py_ssize_t blocks) {
    const __m128i mask = _mm_set_epi64x(0x0001020304050607LL, 0x08090a0b0c0d0e0fLL);
    __m128i abcd = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)state), 0x1B);
    __m128i e0 = _mm_set_epi32((int)state[4], 0, 0, 0), e1;
    __m128i msg[4];
    for (; blocks > 0; blocks--, data += 64) {
        __m128i abcd_save = abcd, e0_save = e0;
        for (int k = 0; k < 4; k++) msg[k] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 16 * k)), mask);
        /* rounds 0-15: the message words as loaded */
        e0 = _mm_add_epi32(e0, msg[0]);
        e1 = abcd;
        abcd = _mm_sha1rnds4_epu32(abcd, e0, 0);
        e1 = _mm_sha1nexte_epu32(e1, msg[1]);
        e0 = abcd;
        abcd = _mm_sha1rnds4_epu32(abcd, e1, 0);
        msg[0] = _mm_sha1msg1_epu32(msg[0], msg[1]);
        e0 = _mm_sha1nexte_epu32(e0, msg[2]);
        e1 = abcd;
        abcd = _mm_sha1rnds4_epu32(abcd, e0, 0);
        msg[1] = _mm_sha1msg1_epu32(msg[1], msg[2]);
        msg[0] = _mm_xor_si128(msg[0], msg[2]);
        SHA1_GROUP(3, e1, e0, 0);
        /* rounds 16-79 */
        SHA1_GROUP(4, e0, e1, 0);
        SHA1_GROUP(5, e1, e0, 1);
        SHA1_GROUP(6, e0, e1, 1);
        SHA1_GROUP(7, e1, e0, 1);
        SHA1_GROUP(8, e0, e1, 1);
        SHA1_GROUP(9, e1, e0, 1);
        SHA1_GROUP(10, e0, e1, 2);
        SHA1_GROUP(11, e1, e0, 2);
        SHA1_GROUP(12, e0, e1, 2);
        SHA1_GROUP(13, e1, e0, 2);
        SHA1_GROUP(14, e0, e1, 2);
        SHA1_GROUP(15, e1, e0, 3);
        SHA1_GROUP(16, e0, e1, 3);
        SHA1_GROUP(17, e1, e0, 3);
        SHA1_GROUP(18, e0, e1, 3);
        SHA1_GROUP(19, e1, e0, 3);
        e0 = _mm_sha1nexte_epu32(e0, e0_save);
        abcd = _mm_add_epi32(abcd, abcd_save);
    }
    _mm_storeu_si128((__m128i *)state, _mm_shuffle_epi32(abcd, 0x1B));
    state[4] = (uint32_t)_mm_extract_epi32(e0, 3);
}

static PyObject *fingerprint_digest(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    PyObject *bytes = fingerprint_text(module, args, nargs);
    if (bytes == NULL) return NULL;
    const unsigned char *data = (const unsigned char *)PyBytes_AS_STRING(bytes);
    Py_ssize_t n = PyBytes_GET_SIZE(bytes), whole = n / 64, rest = n % 64;
    uint32_t state[5] = {0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u, 0xC3D2E1F0u};
    sha1_blocks(state, data, whole);
    /* the last block or two: the rest of the bytes, 0x80, zeros, the length in bits (big-endian, 64 bits) */
    unsigned char tail[128] = {0};
    memcpy(tail, data + 64 * whole, (size_t)rest);
    tail[rest] = 0x80;
    Py_ssize_t tail_size = rest < 56 ? 64 : 128;
    uint64_t bits = (uint64_t)n * 8u;
    for (int k = 0; k < 8; k++) tail[tail_size - 1 - k] = (unsigned char)(bits >> (8 * k));
    Py_DECREF(bytes);
    sha1_blocks(state, tail, tail_size / 64);
    unsigned char digest[8];
    for (int word = 0; word < 2; word++) {
        for (int k = 0; k < 4; k++) digest[4 * word + k] = (unsigned char)(state[word] >> (24 - 8 * k));
    }
    return hex16(digest);
}
#endif

/* fingerprint_digest_libcrypto(exc_type, text, frames, limit): fingerprint_digest's answer where the CPU has no SHA
 * instructions, hashed by the SHA-1 of the libcrypto that hashlib has already loaded (OpenSSL's own block function,
 * chosen by OpenSSL for this CPU), called directly: SHA1_Init, SHA1_Update and SHA1_Final on a context on the stack,
 * without hashlib's objects (the copy of an EVP context, its update, the finalising copy of hexdigest, the hex string
 * and its slice: some 4,000 instructions a call outside the hashing). libcrypto_sha1() finds the library among the
 * objects the process has loaded (dl_iterate_phdr; never a library of its own choosing), takes the three functions
 * from it (dlopen with RTLD_NOLOAD: a reference to what is loaded) and says whether it found them; fingerprint.py
 * calls it once at import, after hashlib, and keeps hashlib where it answers False. glibc only. */
#if defined(__linux__) && defined(__GLIBC__)
#define HAVE_LIBCRYPTO_SHA1 1
#include <dlfcn.h>
#include <link.h>

typedef int (*sha1_init_fn)(void *);
typedef int (*sha1_update_fn)(void *, const void *, size_t);
typedef int (*sha1_final_fn)(unsigned char *, void *);
static sha1_init_fn crypto_sha1_init;
static sha1_update_fn crypto_sha1_update;
static sha1_final_fn crypto_sha1_final;
static int crypto_sha1_tried;

static int find_libcrypto(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size;
    const char *name = info->dlpi_name;
    if (name == NULL || name[0] == '\0') return 0;
    const char *base = strrchr(name, '/');
    base = base != NULL ? base + 1 : name;
    if (strncmp(base, "libcrypto.so", 12) != 0 || strlen(name) >= 4096) return 0;
    strcpy((char *)data, name); /* copied: dlopen runs after the iteration, not inside it */
    return 1;
}

static PyObject *libcrypto_sha1(PyObject *module, PyObject *unused) {
    (void)module;
    (void)unused;
    if (!crypto_sha1_tried) {
        crypto_sha1_tried = 1;
        static char path[4096];
        path[0] = '\0';
        dl_iterate_phdr(find_libcrypto, path);
        void *handle = path[0] != '\0' ? dlopen(path, RTLD_NOW | RTLD_NOLOAD) : NULL;
        if (handle != NULL) { /* kept open: the functions stay valid for the process's life */
            sha1_init_fn init = (sha1_init_fn)dlsym(handle, "SHA1_Init");
            sha1_update_fn update = (sha1_update_fn)dlsym(handle, "SHA1_Update");
            sha1_final_fn final = (sha1_final_fn)dlsym(handle, "SHA1_Final");
            if (init != NULL && update != NULL && final != NULL) {
                crypto_sha1_init = init;
                crypto_sha1_update = update;
                crypto_sha1_final = final;
            } else {
                dlclose(handle);
            }
        }
    }
    return PyBool_FromLong(crypto_sha1_final != NULL);
}

static PyObject *fingerprint_digest_libcrypto(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    if (crypto_sha1_final == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "libcrypto's SHA-1 was not found: call libcrypto_sha1() first");
        return NULL;
    }
    PyObject *bytes = fingerprint_text(module, args, nargs);
    if (bytes == NULL) return NULL;
    uint64_t context[64]; /* SHA_CTX is 96 bytes in OpenSSL 1.1 and 3; 512, aligned */
    unsigned char digest[20];
    int done = crypto_sha1_init(context) &&
               crypto_sha1_update(context, PyBytes_AS_STRING(bytes), (size_t)PyBytes_GET_SIZE(bytes)) &&
               crypto_sha1_final(digest, context);
    Py_DECREF(bytes);
    if (!done) {
        PyErr_SetString(PyExc_RuntimeError, "libcrypto's SHA-1 failed");
        return NULL;
    }
    return hex16(digest);
}
#endif

/* literal_mask(table, text): which of a fixed set of ASCII literals occur in text, as a bit mask (bit i for
 * literal i; see _literals.py, whose literal_mask_python is the specification and literal_table builds the table).
 * The table: a bitmap of the literals' first two characters (bit 128 * first + second, 2,048 bytes), 129
 * little-endian 16-bit offsets into the entry area (the entries of literals whose first character is c lie between
 * offsets c and c + 1), then per literal its bit, its length (at least 2) and its characters after the first, the
 * entries of one first character in the byte order of those characters (a literal before one it is a prefix of).
 * A table is checked whole the first time it is seen (validate_table; a malformed or out-of-order one is a
 * ValueError) and kept among the last CHECKED_TABLES checked, so the walk reads its entries without a bounds test
 * each.
 * One walk over the text: a pair of ASCII characters that starts no literal costs one bit test; the others compare
 * the rest of each literal that starts with their first character, up to the first that departs from the text with
 * a greater character (every entry after it departs there or before, with a greater one too: "Error=" ends the
 * walk of the "Error..." entries at "Errno" after one comparison, where each of ten was compared). */
#define PAIRS_SIZE (128 * 128 / 8)
#define WORDS 4 /* the mask: 256 bits, a literal's bit is one byte of its entry */
#define TABLE_HEADER (PAIRS_SIZE + 129 * 2)

#define CHECKED_TABLES 8
static PyObject *checked_tables[CHECKED_TABLES]; /* referenced: a table's identity stays its own while kept */
static int checked_next;

/* 0 when every entry lies inside the entry area with a length of at least 2, and the entries of each first
 * character are in the order of their second; -1 otherwise. */
static int validate_table(const unsigned char *table, Py_ssize_t size) {
    const unsigned char *offsets = table + PAIRS_SIZE;
    const unsigned char *entries = table + TABLE_HEADER;
    for (int ch = 0; ch < 128; ch++) {
        Py_ssize_t s = offsets[2 * ch] | (offsets[2 * ch + 1] << 8);
        Py_ssize_t e = offsets[2 * ch + 2] | (offsets[2 * ch + 3] << 8);
        if (e > size) return -1;
        Py_ssize_t previous = -1; /* the entry before, whose rest this one's must not precede */
        while (s < e) {
            if (s + 2 > e) return -1;
            Py_ssize_t length = entries[s + 1];
            if (length < 2 || s + 1 + length > e) return -1;
            if (previous >= 0) {
                /* the rests (the characters after the first) in byte order, a prefix before what extends it */
                Py_ssize_t before = entries[previous + 1] - 1, rest = length - 1;
                int order = memcmp(entries + previous + 2, entries + s + 2, (size_t)(before < rest ? before : rest));
                if (order > 0 || (order == 0 && before > rest)) return -1;
            }
            previous = s;
            s += 1 + length;
        }
    }
    return 0;
}

/* The walk over a table validate_table accepted. */
INLINE int scan_literals(int kind, int ascii, const void *data, Py_ssize_t n, const unsigned char *table,
                         Py_ssize_t size, uint64_t found[WORDS]) {
    (void)size; /* checked whole by validate_table */
    const unsigned char *offsets = table + PAIRS_SIZE;
    const unsigned char *entries = table + TABLE_HEADER;
    Py_UCS4 next = n > 0 ? PyUnicode_READ(kind, data, 0) : 0;
    for (Py_ssize_t i = 0; i + 1 < n; i++) {
        Py_UCS4 ch = next;
        next = PyUnicode_READ(kind, data, i + 1);
        if (!ascii && (ch >= 128 || next >= 128)) continue; /* ascii: a copy for ASCII text, without the test */
        unsigned pair = ch * 128 + next;
        if (!(table[pair >> 3] & (1u << (pair & 7)))) continue;
        Py_ssize_t s = offsets[2 * ch] | (offsets[2 * ch + 1] << 8);
        Py_ssize_t e = offsets[2 * ch + 2] | (offsets[2 * ch + 3] << 8);
        while (s < e) {
            unsigned bit = entries[s];
            Py_ssize_t length = entries[s + 1];
            const unsigned char *rest = entries + s + 2;
            s += 1 + length;
            if (rest[0] != next) {
                if (rest[0] > next) break; /* the entries after it start with a later pair too */
                continue;
            }
            if ((found[bit >> 6] & ((uint64_t)1 << (bit & 63))) || n - i < length) continue;
            Py_ssize_t k = 2;
            Py_UCS4 c = 0;
            while (k < length && (c = PyUnicode_READ(kind, data, i + k)) == rest[k - 1]) k++;
            if (k == length)
                found[bit >> 6] |= (uint64_t)1 << (bit & 63);
            else if (rest[k - 1] > c)
                break; /* the entries after it (in byte order) depart from the text there or before, upwards too */
        }
    }
    return 0;
}

static PyObject *int_of(Py_ssize_t value);

/* The walk of literal_mask and literal_words: found[] set from args (table, text); 0, or -1 with an exception set. */
static int literal_found(const char *name, PyObject *const *args, Py_ssize_t nargs, uint64_t found[WORDS]) {
    if (nargs != 2 || !PyBytes_Check(args[0]) || !PyUnicode_Check(args[1])) {
        PyErr_Format(PyExc_TypeError, "%s(table: bytes, text: str)", name);
        return -1;
    }
    const unsigned char *table = (const unsigned char *)PyBytes_AS_STRING(args[0]);
    Py_ssize_t size = PyBytes_GET_SIZE(args[0]) - TABLE_HEADER;
    if (size < 0) {
        PyErr_Format(PyExc_ValueError, "%s(): the table is shorter than its header", name);
        return -1;
    }
    int checked = 0;
    for (int k = 0; k < CHECKED_TABLES; k++) checked |= checked_tables[k] == args[0];
    if (!checked) {
        if (validate_table(table, size) < 0) {
            PyErr_Format(PyExc_ValueError, "%s(): malformed table", name);
            return -1;
        }
        Py_XSETREF(checked_tables[checked_next], Py_NewRef(args[0]));
        checked_next = (checked_next + 1) % CHECKED_TABLES;
    }
    PyObject *text = args[1];
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0) return -1;
#endif
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    const void *data = PyUnicode_DATA(text);
    int status;
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND:
        if (PyUnicode_IS_ASCII(text))
            status = scan_literals(PyUnicode_1BYTE_KIND, 1, data, n, table, size, found);
        else
            status = scan_literals(PyUnicode_1BYTE_KIND, 0, data, n, table, size, found);
        break;
    case PyUnicode_2BYTE_KIND:
        status = scan_literals(PyUnicode_2BYTE_KIND, 0, data, n, table, size, found);
        break;
    default:
        status = scan_literals(PyUnicode_4BYTE_KIND, 0, data, n, table, size, found);
        break;
    }
    if (status < 0) {
        PyErr_Format(PyExc_ValueError, "%s(): malformed table", name);
        return -1;
    }
    return 0;
}

/* literal_words(table, text): the same walk, the mask as its four 64-bit words (bits 0-63, 64-127, ...), a tuple of
 * four ints. A set that keeps each word below 2**62 (_literals.LiteralWords) gets four small ints, which compiled
 * code tests inline where one int of more bits is a Python long whose every "&" allocates. */
static PyObject *literal_words(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    uint64_t found[WORDS] = {0, 0, 0, 0};
    if (literal_found("literal_words", args, nargs, found) < 0) return NULL;
    PyObject *words = PyTuple_New(WORDS);
    if (words == NULL) return NULL;
    for (int word = 0; word < WORDS; word++) {
        PyObject *value = found[word] <= (uint64_t)PY_SSIZE_T_MAX ? int_of((Py_ssize_t)found[word])
                                                                  : PyLong_FromUnsignedLongLong(found[word]);
        if (value == NULL) {
            Py_DECREF(words);
            return NULL;
        }
        PyTuple_SET_ITEM(words, word, value);
    }
    return words;
}

static PyObject *literal_mask(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    uint64_t found[WORDS] = {0, 0, 0, 0};
    if (literal_found("literal_mask", args, nargs, found) < 0) return NULL;
    if ((found[1] | found[2] | found[3]) == 0) return PyLong_FromUnsignedLongLong(found[0]);
    /* (((found[3] << 64 | found[2]) << 64 | found[1]) << 64) | found[0] */
    PyObject *shift = PyLong_FromLong(64);
    PyObject *result = PyLong_FromUnsignedLongLong(found[WORDS - 1]);
    for (int word = WORDS - 2; word >= 0 && result != NULL && shift != NULL; word--) {
        PyObject *shifted = PyNumber_Lshift(result, shift);
        PyObject *low = PyLong_FromUnsignedLongLong(found[word]);
        Py_DECREF(result);
        result = shifted && low ? PyNumber_Or(shifted, low) : NULL;
        Py_XDECREF(shifted);
        Py_XDECREF(low);
    }
    if (shift == NULL) Py_CLEAR(result);
    Py_XDECREF(shift);
    return result;
}

/* phrase_starts(table, text): where the phrases of a phrase set may start (see _phrases.py, whose
 * phrase_starts_python is the specification and phrase_table builds the table). The table is a trie of the phrases'
 * literal prefixes (each at least two characters), path-compressed, little-endian 32-bit words: a header (magic,
 * nodes, edges, bytes of labels), 128 words for the root's children by character (child + 1, 0 for none), a bitmap of
 * the prefixes' first two characters (bit 128 * first + second, 512 words), per node the offset and length of its
 * label (the characters from its parent to it, the first one its edge's), its first edge, its number of edges and
 * its prefix (id + 1, 0 for none; a prefix ends only where a label does), per edge its character and its child, the
 * edges of a node sorted by character, then the labels' bytes (padded to a word). At every word start of the text
 * (its first character, or one after a character other than [A-Za-z0-9_]: where the phrase regex's leading \W lets
 * a phrase start) whose two characters start a prefix, the trie is walked along the text; the longest prefix found
 * there is reported.
 * Returns a list [start, id, start, id, ...] in order of start, or None for a text that is not ASCII or holds one of
 * \x1c-\x1f (there the phrase regexes' \s differs between their ASCII and Unicode forms: the regex path reads it). */
#define TRIE_MAGIC 0x43504645u /* "EFPC" */
#define TRIE_PAIRS (4 + 128)
#define TRIE_HEADER (4 + 128 + 128 * 128 / 32)

/* The ints phrase_starts returns, below MAX_TEXT (evidence.py: a link's text is at most that long) made once: a
 * hit's start and prefix id are then a reference, not an allocation each (Python keeps only -5 to 256). */
#define KEPT_INTS 4096
static PyObject *kept_ints[KEPT_INTS];

static PyObject *int_of(Py_ssize_t value) {
    if (value >= 0 && value < KEPT_INTS && kept_ints[value] != NULL) return Py_NewRef(kept_ints[value]);
    return PyLong_FromSsize_t(value);
}

static uint32_t word_at(const unsigned char *table, Py_ssize_t index) {
    const unsigned char *p = table + 4 * index;
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

static PyObject *phrase_starts(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 2 || !PyBytes_Check(args[0]) || !PyUnicode_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "phrase_starts(table: bytes, text: str)");
        return NULL;
    }
    const unsigned char *table = (const unsigned char *)PyBytes_AS_STRING(args[0]);
    Py_ssize_t size = PyBytes_GET_SIZE(args[0]);
    if (size % 4 || size < 4 * TRIE_HEADER || word_at(table, 0) != TRIE_MAGIC) {
        PyErr_SetString(PyExc_ValueError, "phrase_starts(): malformed table");
        return NULL;
    }
    Py_ssize_t nodes = word_at(table, 1), edges = word_at(table, 2), label_bytes = word_at(table, 3);
    if (nodes > size / 4 || edges > size / 4 || label_bytes > size ||
        4 * (TRIE_HEADER + 5 * nodes + 2 * edges) + (label_bytes + 3) / 4 * 4 != size) {
        PyErr_SetString(PyExc_ValueError, "phrase_starts(): malformed table");
        return NULL;
    }
    const Py_ssize_t node_base = TRIE_HEADER, edge_base = TRIE_HEADER + 5 * nodes;
    const unsigned char *labels = table + 4 * (edge_base + 2 * edges);
    PyObject *text = args[1];
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0) return NULL;
#endif
    if (!PyUnicode_IS_ASCII(text)) Py_RETURN_NONE;
    const unsigned char *data = PyUnicode_1BYTE_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (n > 0 && data[n - 1] >= 0x1c && data[n - 1] <= 0x1f) Py_RETURN_NONE; /* the loop reads all but the last */
    PyObject *found = PyList_New(0);
    if (found == NULL) return NULL;
    const unsigned char *pairs = table + 4 * TRIE_PAIRS;
    /* The walk ends at the first of \x1c-\x1f (None; it reads all but the last, checked above): found first by a
     * loop the compiler vectorises, so the walk up to it tests no character for it. */
    Py_ssize_t stop = n > 0 ? n - 1 : 0;
    unsigned char separators = 0;
    for (Py_ssize_t k = 0; k < stop; k++) separators |= (unsigned char)(data[k] - 0x1c) < 4;
    if (separators) {
        Py_ssize_t k = 0;
        while (!(char_kinds[data[k]] & KIND_SEPARATOR)) k++;
        stop = k;
    }
    /* The word starts a block at a time: a position whose previous character is no word character (the text's
     * first has none), from a mask of the block's word characters and the last bit of the block before. */
    uint32_t after_word = 0; /* whether the character before the block is a word character (none before the first) */
    for (Py_ssize_t block = 0; block < stop; block += BLOCK) {
        Py_ssize_t len = stop - block < BLOCK ? stop - block : BLOCK;
        uint32_t words = word_mask(data + block, len);
        uint32_t starts = ~((words << 1) | after_word) & (((uint32_t)1 << len) - 1);
        after_word = (words >> (BLOCK - 1)) & 1u; /* read only after a full block */
        while (starts) {
            Py_ssize_t start = block + LOWEST_BIT(starts);
            starts &= starts - 1;
            unsigned pair = data[start] * 128u + data[start + 1];
            if (!(pairs[pair >> 3] & (1u << (pair & 7)))) continue;
            uint32_t child = word_at(table, 4 + data[start]);
            if (child == 0) continue;
            Py_ssize_t node = (Py_ssize_t)child - 1, best = -1, i = start;
            for (;;) {
                if (node >= nodes) goto malformed;
                Py_ssize_t base = node_base + 5 * node;
                uint32_t label = word_at(table, base), length = word_at(table, base + 1);
                uint32_t first = word_at(table, base + 2), count = word_at(table, base + 3);
                uint32_t prefix = word_at(table, base + 4);
                Py_ssize_t label_end = (Py_ssize_t)label + (Py_ssize_t)length; /* both below 2**32: no overflow */
                if (length == 0 || label_end > label_bytes) goto malformed;
                /* The label's first character is its edge's (or the root's child's), so a text that goes on along
                 * the trie nearly always departs at the second or later: those two are compared inline, and memcmp
                 * is called only for a label that still matches there (a call costs more than most labels). */
                const unsigned char *text_at = data + i, *label_at = labels + label;
                if ((Py_ssize_t)length > n - i || text_at[0] != label_at[0]) break;
                if (length > 1 && (text_at[1] != label_at[1] ||
                                   (length > 2 && memcmp(text_at + 2, label_at + 2, length - 2) != 0)))
                    break;
                i += length;
                if (prefix != 0) best = (Py_ssize_t)prefix - 1;
                if (i >= n) break;
                if ((Py_ssize_t)first > edges || (Py_ssize_t)count > edges - (Py_ssize_t)first) goto malformed;
                unsigned char ch = data[i];
                Py_ssize_t next = -1;
                for (uint32_t e = first; e < first + count; e++) {
                    uint32_t edge_char = word_at(table, edge_base + 2 * e);
                    if (edge_char >= ch) {
                        if (edge_char == ch) next = word_at(table, edge_base + 2 * e + 1);
                        break;
                    }
                }
                if (next < 0) break;
                node = next;
            }
            if (best < 0) continue;
            PyObject *where = int_of(start);
            PyObject *which = int_of(best);
            int failed = where == NULL || which == NULL;
            failed = failed || PyList_Append(found, where) < 0 || PyList_Append(found, which) < 0;
            Py_XDECREF(where);
            Py_XDECREF(which);
            if (failed) {
                Py_DECREF(found);
                return NULL;
            }
        }
    }
    if (separators) {
        Py_DECREF(found);
        Py_RETURN_NONE;
    }
    return found;
malformed:
    Py_DECREF(found);
    PyErr_SetString(PyExc_ValueError, "phrase_starts(): malformed table");
    return NULL;
}

/* literal_at(table, text, start): the number of the first entry of a table of literal strings that starts at `start`
 * in `text` with each of its \b assertions holding there (re.ASCII's \b: [A-Za-z0-9_] are word characters), or -1.
 * The table (_phrases.literal_table) holds, per entry: its length (one byte), its number of assertions (one byte),
 * their offsets in the string (one byte each, at most the length) and its characters (one byte each, below 128 as
 * the table is built; compared as code points). _phrases.PhraseSet asks it
 * where the walk found a prefix whose admitted phrase forms match only literal strings, listed in the order re's
 * backtracking tries them: the first entry found is the regex's match (_phrases.literal_at_python is the
 * specification; a malformed table is a ValueError, never a read outside it). */
static int word_at_position(int kind, const void *data, Py_ssize_t n, Py_ssize_t at) {
    if (at < 0 || at >= n) return 0;
    Py_UCS4 ch = PyUnicode_READ(kind, data, at);
    return ch < 128 && (char_kinds[ch] & KIND_WORD);
}

static PyObject *literal_at(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 3 || !PyBytes_Check(args[0]) || !PyUnicode_Check(args[1]) || !PyLong_Check(args[2])) {
        PyErr_SetString(PyExc_TypeError, "literal_at(table: bytes, text: str, start: int)");
        return NULL;
    }
    const unsigned char *table = (const unsigned char *)PyBytes_AS_STRING(args[0]);
    Py_ssize_t size = PyBytes_GET_SIZE(args[0]);
    PyObject *text = args[1];
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0) return NULL;
#endif
    Py_ssize_t start = PyLong_AsSsize_t(args[2]);
    if (start == -1 && PyErr_Occurred()) return NULL;
    if (start < 0) {
        PyErr_SetString(PyExc_ValueError, "literal_at(): start is negative");
        return NULL;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    Py_ssize_t left = start <= n ? n - start : -1; /* characters from start on (-1: start is past the end) */
    Py_ssize_t number = 0;
    for (Py_ssize_t p = 0; p < size; number++) {
        if (size - p < 2) goto malformed;
        Py_ssize_t length = table[p], bounds = table[p + 1];
        const unsigned char *offsets = table + p + 2, *literal = offsets + bounds;
        if (size - p - 2 < bounds + length) goto malformed;
        p += 2 + bounds + length;
        for (Py_ssize_t b = 0; b < bounds; b++) {
            if (offsets[b] > length) goto malformed;
        }
        if (length > left) continue;
        if (kind == PyUnicode_1BYTE_KIND) {
            if (length && memcmp((const unsigned char *)data + start, literal, (size_t)length) != 0) continue;
        } else {
            Py_ssize_t c = 0;
            while (c < length && PyUnicode_READ(kind, data, start + c) == literal[c]) c++;
            if (c < length) continue;
        }
        Py_ssize_t b = 0;
        for (; b < bounds; b++) {
            Py_ssize_t at = start + offsets[b];
            if (word_at_position(kind, data, n, at - 1) == word_at_position(kind, data, n, at)) break;
        }
        if (b < bounds) continue;
        return PyLong_FromSsize_t(number);
    }
    return PyLong_FromLong(-1);
malformed:
    PyErr_SetString(PyExc_ValueError, "literal_at(): malformed table");
    return NULL;
}

/* slot_names(cls) and new_slotted(cls, *values): an instance of a class whose instance layout is its __slots__ only
 * (each an object slot, as dataclass(slots=True) makes them), its slots set to values, without __init__. CPython
 * stores the slots sorted by name: slot_names gives that order, new_slotted takes the values in it. The classifier
 * builds its frozen Classification so (a frozen dataclass's __init__ sets each field through object.__setattr__);
 * engine.py checks once that the slots are the fields and that the class has nothing __init__ would add. */
/* The classes slotted_members accepted last, referenced (a class kept here is never freed, so another cannot take
 * its address) with what it found: a heap type's members are fixed when the class is made, so new_slotted and
 * slot_values, called on every classification with the same two classes, skip the walk over the members (some 150
 * instructions a call each). */
#define SLOTTED_KEPT 4
static struct {
    PyTypeObject *type;
    PyMemberDef *members;
    Py_ssize_t count;
} slotted_kept[SLOTTED_KEPT];
static int slotted_next;

static int slotted_checked(const char *name, PyTypeObject *type, PyMemberDef **members, Py_ssize_t *count);

static int slotted_members(const char *name, PyTypeObject *type, PyMemberDef **members, Py_ssize_t *count) {
    for (int k = 0; k < SLOTTED_KEPT; k++) {
        if (slotted_kept[k].type == type) {
            *members = slotted_kept[k].members;
            *count = slotted_kept[k].count;
            return 0;
        }
    }
    if (slotted_checked(name, type, members, count) < 0) return -1;
    Py_INCREF(type);
    Py_XDECREF(slotted_kept[slotted_next].type);
    slotted_kept[slotted_next].type = type;
    slotted_kept[slotted_next].members = *members;
    slotted_kept[slotted_next].count = *count;
    slotted_next = (slotted_next + 1) % SLOTTED_KEPT;
    return 0;
}

/* Whether the instances of type hold only their slots, each a writable object slot: its members then, or -1 with a
 * TypeError. */
static int slotted_checked(const char *name, PyTypeObject *type, PyMemberDef **members, Py_ssize_t *count) {
    if (!(type->tp_flags & Py_TPFLAGS_HEAPTYPE) || type->tp_members == NULL || type->tp_dictoffset != 0 ||
        type->tp_itemsize != 0) {
        PyErr_Format(PyExc_TypeError, "%s(): a class whose instances hold only their __slots__", name);
        return -1;
    }
    Py_ssize_t n = 0;
    for (PyMemberDef *member = type->tp_members; member->name != NULL; member++, n++) {
        int writable_object = member->type == T_OBJECT_EX && !(member->flags & READONLY);
        if (!writable_object || member->offset < (Py_ssize_t)sizeof(PyObject) ||
            member->offset + (Py_ssize_t)sizeof(PyObject *) > type->tp_basicsize) {
            PyErr_Format(PyExc_TypeError, "%s(): every slot of the class must be a writable object slot", name);
            return -1;
        }
    }
    *members = type->tp_members;
    *count = n;
    return 0;
}

static PyObject *slot_names(PyObject *module, PyObject *cls) {
    (void)module;
    if (!PyType_Check(cls)) {
        PyErr_SetString(PyExc_TypeError, "slot_names(cls: type)");
        return NULL;
    }
    PyMemberDef *members;
    Py_ssize_t count;
    if (slotted_members("slot_names", (PyTypeObject *)cls, &members, &count) < 0) return NULL;
    PyObject *names = PyTuple_New(count);
    if (names == NULL) return NULL;
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject *name = PyUnicode_FromString(members[i].name);
        if (name == NULL) {
            Py_DECREF(names);
            return NULL;
        }
        PyTuple_SET_ITEM(names, i, name);
    }
    return names;
}

static PyObject *new_slotted(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs < 1 || !PyType_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "new_slotted(cls: type, *values)");
        return NULL;
    }
    PyTypeObject *type = (PyTypeObject *)args[0];
    PyMemberDef *members;
    Py_ssize_t count;
    if (slotted_members("new_slotted", type, &members, &count) < 0) return NULL;
    if (count != nargs - 1) {
        PyErr_Format(PyExc_TypeError, "new_slotted(): %zd slots, %zd values", count, nargs - 1);
        return NULL;
    }
    PyObject *instance = type->tp_alloc(type, 0);
    if (instance == NULL) return NULL;
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject **slot = (PyObject **)((char *)instance + members[i].offset);
        Py_INCREF(args[i + 1]);
        Py_XSETREF(*slot, args[i + 1]);
    }
    return instance;
}

/* slot_values(obj): the values of an instance's slots, in slot_names order, as a tuple: what reading each by name
 * (getattr) gives, where the class defines nothing but its slots (engine.py checks that, and calls it only on an
 * instance of exactly that class). A read of a slot by name from compiled code is CPython's generic attribute lookup
 * (the type's method cache, the member descriptor, its getter: some 160 instructions); the classifier reads ten
 * fields of each ErrorSignal. An unset slot is the AttributeError getattr raises. */
static PyObject *slot_values(PyObject *module, PyObject *obj) {
    (void)module;
    PyTypeObject *type = Py_TYPE(obj);
    PyMemberDef *members;
    Py_ssize_t count;
    if (slotted_members("slot_values", type, &members, &count) < 0) return NULL;
    PyObject *values = PyTuple_New(count);
    if (values == NULL) return NULL;
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject *value = *(PyObject **)((char *)obj + members[i].offset);
        if (value == NULL) {
            Py_DECREF(values);
            PyErr_Format(PyExc_AttributeError, "'%.100s' object has no attribute '%s'", type->tp_name,
                         members[i].name);
            return NULL;
        }
        PyTuple_SET_ITEM(values, i, Py_NewRef(value));
    }
    return values;
}

/* blank_urls(text): evidence._URL.sub(" ", text), the URLs of a link's text blanked before its phrases are read, for
 * ASCII text; None for any other (the regex runs there: its \s and \w are Unicode classes). The regex is
 *
 *   http(?<!\whttp)s?://[^\s'"<>()\[\]{}]+
 *
 * each step written out: "http" at i, no word character ([A-Za-z0-9_] on ASCII) at i - 1 (the look-behind), an
 * optional "s" (when it is there but "://" does not follow it, "://" cannot follow "http" either: no backtracking
 * changes the outcome), "://", then the longest run, at least one character, of characters other than white space
 * (str.isspace on ASCII: \t-\r, \x1c-\x1f and the space, as re's Unicode \s) and the ten listed. A match is
 * replaced by one space and the scan goes on after it, as re.sub does; elsewhere the scan moves one character.
 * evidence._URL stays the specification (tests/unit/classify/test_classify_urls.py compares them). */
static int url_stop(unsigned char c) {
    return (c >= 9 && c <= 13) || (c >= 28 && c <= 32) || c == '\'' || c == '"' || c == '<' || c == '>' || c == '(' ||
           c == ')' || c == '[' || c == ']' || c == '{' || c == '}';
}

static PyObject *blank_urls(PyObject *module, PyObject *text) {
    (void)module;
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "blank_urls(text: str)");
        return NULL;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0) return NULL;
#endif
    if (!PyUnicode_IS_ASCII(text)) Py_RETURN_NONE;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    const unsigned char *in = PyUnicode_1BYTE_DATA(text);
    unsigned char *out = NULL;
    Py_ssize_t copied = 0, o = 0; /* in[copied:i] is still to copy to out[o:] once a match is found */
    Py_ssize_t i = 0;
    while (i + 8 <= n) { /* "http://" and one character */
        const unsigned char *at = memchr(in + i, 'h', (size_t)(n - 8 - i + 1));
        if (at == NULL) break;
        i = at - in;
        Py_ssize_t j = i + 4;
        if (memcmp(at, "http", 4) != 0 || (i > 0 && is_word(in[i - 1]))) {
            i++;
            continue;
        }
        if (in[j] == 's') j++;
        if (j + 3 >= n || in[j] != ':' || in[j + 1] != '/' || in[j + 2] != '/' || url_stop(in[j + 3])) {
            i++;
            continue;
        }
        Py_ssize_t k = j + 4;
        while (k < n && !url_stop(in[k])) k++;
        if (out == NULL) {
            out = PyMem_Malloc((size_t)n);
            if (out == NULL) return PyErr_NoMemory();
        }
        memcpy(out + o, in + copied, (size_t)(i - copied));
        o += i - copied;
        out[o++] = ' ';
        copied = i = k;
    }
    if (out == NULL) return Py_NewRef(text);
    memcpy(out + o, in + copied, (size_t)(n - copied));
    o += n - copied;
    PyObject *result = PyUnicode_New(o, 127);
    if (result != NULL) memcpy(PyUnicode_1BYTE_DATA(result), out, (size_t)o);
    PyMem_Free(out);
    return result;
}

/* lower_ascii(text): text.lower() for ASCII text (A-Z to a-z, every other character as it is: str.lower maps nothing
 * else below 128), 16 characters at a time where SSE2 is; None for any other text (str.lower runs there: its Unicode
 * mappings). evidence.lower is the caller; str.lower stays the specification (test_classify_cfingerprint.py). */
static PyObject *lower_ascii(PyObject *module, PyObject *text) {
    (void)module;
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "lower_ascii(text: str)");
        return NULL;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0) return NULL;
#endif
    if (!PyUnicode_IS_ASCII(text)) Py_RETURN_NONE;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), i = 0;
    PyObject *result = PyUnicode_New(n, 127);
    if (result == NULL) return NULL;
    const unsigned char *in = PyUnicode_1BYTE_DATA(text);
    unsigned char *out = PyUnicode_1BYTE_DATA(result);
#ifdef BLOCK_MASKS
    for (; i + BLOCK <= n; i += BLOCK) {
        __m128i x = _mm_loadu_si128((const __m128i *)(in + i));
        __m128i upper = IN_RANGE(x, 'A', 'Z');
        _mm_storeu_si128((__m128i *)(out + i), _mm_add_epi8(x, _mm_and_si128(upper, _mm_set1_epi8(32))));
    }
#endif
    for (; i < n; i++) out[i] = (in[i] >= 'A' && in[i] <= 'Z') ? (unsigned char)(in[i] + 32) : in[i];
    return result;
}

static PyMethodDef methods[] = {
    {"mask_ids", mask_ids, METH_O, "Return the message with its ids replaced by '0' (see fingerprint.mask_ids)."},
    {"normalize_message", (PyCFunction)(void (*)(void))normalize_ascii, METH_FASTCALL,
     "normalize_message on ASCII text already cut to MESSAGE_CHARS * 3 characters (see fingerprint.py)."},
    {"fingerprint_text", (PyCFunction)(void (*)(void))fingerprint_text, METH_FASTCALL,
     "The bytes a fingerprint hashes, for a message of ASCII text already cut (see fingerprint.py)."},
#ifdef HAVE_SHA1_INSTRUCTIONS
    {"fingerprint_digest", (PyCFunction)(void (*)(void))fingerprint_digest, METH_FASTCALL,
     "fingerprint_python's 16 hex digits for a message of ASCII text already cut, hashed with the CPU's SHA "
     "instructions (only where SHA1_INSTRUCTIONS is true; see fingerprint.py)."},
#endif
#ifdef HAVE_LIBCRYPTO_SHA1
    {"libcrypto_sha1", libcrypto_sha1, METH_NOARGS,
     "Find SHA-1 in the libcrypto this process has loaded (hashlib's), once; whether it was found."},
    {"fingerprint_digest_libcrypto", (PyCFunction)(void (*)(void))fingerprint_digest_libcrypto, METH_FASTCALL,
     "fingerprint_digest hashed by libcrypto's SHA-1 (only after libcrypto_sha1() returned True; see fingerprint.py)."},
#endif
    {"literal_mask", (PyCFunction)(void (*)(void))literal_mask, METH_FASTCALL,
     "Bit mask of the literals of a table (see _literals.py) that occur in a text."},
    {"literal_words", (PyCFunction)(void (*)(void))literal_words, METH_FASTCALL,
     "literal_mask as a tuple of its four 64-bit words (see _literals.LiteralWords)."},
    {"phrase_starts", (PyCFunction)(void (*)(void))phrase_starts, METH_FASTCALL,
     "Where the phrases of a phrase set may start: [start, prefix id, ...] (see _phrases.py), or None."},
    {"literal_at", (PyCFunction)(void (*)(void))literal_at, METH_FASTCALL,
     "The number of the first literal string of a table (see _phrases.literal_table) found at a text's position, "
     "or -1."},
    {"blank_urls", blank_urls, METH_O,
     "The text with its URLs replaced by a space, as evidence._URL.sub(' ', text), for ASCII text; else None."},
    {"lower_ascii", lower_ascii, METH_O, "text.lower() for ASCII text, 16 characters at a time; else None."},
    {"slot_names", slot_names, METH_O, "The names of a slotted class's slots, in the order new_slotted takes them."},
    {"new_slotted", (PyCFunction)(void (*)(void))new_slotted, METH_FASTCALL,
     "An instance of a slotted class with its slots set to the values given (in slot_names order), without __init__."},
    {"slot_values", slot_values, METH_O, "The values of an instance's slots, in slot_names order, as a tuple."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    "errorflow.classify._cfingerprint",
    "mask_ids, normalize_message and literal_mask in C: an optional speed-up of errorflow.classify.",
    0,
    methods,
    NULL,
    NULL,
    NULL,
    NULL,
};

/* The digest of this file that setup.py compiles in (errorflow/classify/_native.py blocks a build of another). */
#ifndef ERRORFLOW_SOURCE_DIGEST
#define ERRORFLOW_SOURCE_DIGEST ""
#endif

PyMODINIT_FUNC PyInit__cfingerprint(void) {
    init_classes();
    for (Py_ssize_t value = 0; value < KEPT_INTS; value++) {
        if (kept_ints[value] == NULL) kept_ints[value] = PyLong_FromSsize_t(value); /* NULL (no memory): made per hit */
    }
    PyErr_Clear();
    PyObject *created = PyModule_Create(&module);
    if (created != NULL && PyModule_AddStringConstant(created, "SOURCE_DIGEST", ERRORFLOW_SOURCE_DIGEST) < 0) {
        Py_CLEAR(created);
    }
#ifdef HAVE_SHA1_INSTRUCTIONS
    /* Only where the CPU has them: fingerprint.py reads the attribute's absence as "hash with hashlib". */
    if (created != NULL && sha1_instructions() && PyModule_AddIntConstant(created, "SHA1_INSTRUCTIONS", 1) < 0) {
        Py_CLEAR(created);
    }
#endif
    return created;
}
