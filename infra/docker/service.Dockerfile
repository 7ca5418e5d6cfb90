# syntax=docker/dockerfile:1
# One image recipe for the four services and staff-console: docker build -f infra/docker/service.Dockerfile --build-arg SERVICE=intake-service .
# Stage 1 builds the service (and consultation-events) from source; stage 2 is a plain JRE running the exec jar.
ARG SERVICE=intake-service

FROM maven:3.9-eclipse-temurin-21 AS build
ARG SERVICE
WORKDIR /src
COPY . .
# The service and what it needs from this repo (-am); tests run in CI, not in the image build.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -DskipTests -pl "${SERVICE}" -am package \
 && cp "${SERVICE}"/target/"${SERVICE}"-*-exec.jar /app.jar

FROM eclipse-temurin:21-jre
ARG SERVICE
ENV SERVICE=${SERVICE}
# curl for the compose healthcheck (readiness endpoint).
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app madoguchi \
 && mkdir -p /app/var/secrets \
 && chown -R madoguchi /app
WORKDIR /app
COPY --from=build /app.jar /app/app.jar
USER madoguchi
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
