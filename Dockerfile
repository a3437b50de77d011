# Image for errorflow workers (pipeline and function runners).
# Build stage: the full python image has gcc and the Python headers, so the wheel
# carries the optional C speed-ups of the classifier: its cache key
# (errorflow.classify._cfingerprint) and its hot modules compiled by mypyc
# (errorflow.classify._native, setup.py); the slim image below has no compiler.
FROM python:3.11 AS build
WORKDIR /src
COPY pyproject.toml setup.py build_backend.py MANIFEST.in README.md ./
COPY src ./src
COPY schemas ./schemas
COPY streams ./streams
COPY agents ./agents
COPY sinks ./sinks
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

FROM python:3.11-slim
WORKDIR /app
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels \
    && python -c "from errorflow.classify.fingerprint import NATIVE; assert NATIVE, 'C extension missing'" \
    && python -c "from errorflow.classify._native import COMPILED, STATE; assert COMPILED, STATE"
# The workers write under the data dir (Faust's data directory, the SDK's spool); the
# unprivileged user cannot create one in / or /app, so the image gives it one it owns.
RUN mkdir -p /var/lib/errorflow && chown nobody:nogroup /var/lib/errorflow
ENV ERRORFLOW_DATA_DIR=/var/lib/errorflow
USER nobody
ENTRYPOINT []
