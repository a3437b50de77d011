# Image for errorflow workers (pipeline and function runners).
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY src ./src
COPY schemas ./schemas
COPY streams ./streams
COPY agents ./agents
COPY sinks ./sinks
RUN pip install --no-cache-dir .
USER nobody
ENTRYPOINT []
