# Image of the application: docker build -t kinerja-asn .
# The tests run in CI (./mvnw verify), not in the image build.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# dependencies first, so that a change to the sources does not download them again
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY . .
RUN mvn -B -ntp -Dmaven.test.skip=true package \
 && cp target/kinerja-asn-*.jar /build/kinerja-asn.jar

FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system kinerja \
 && useradd --system --gid kinerja --home-dir /app --shell /usr/sbin/nologin kinerja \
 && mkdir -p /app/data \
 && chown -R kinerja:kinerja /app
WORKDIR /app
COPY --from=build --chown=kinerja:kinerja /build/kinerja-asn.jar /app/kinerja-asn.jar
USER kinerja
# Without SPRING_PROFILES_ACTIVE=postgres the image runs the demo on H2 under /app/data; docker-compose.yml
# runs it on PostgreSQL.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
# the engine, the migrations and the webapps take a while on a cold start
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD curl -fsS "http://localhost:${PORT:-8080}/actuator/health" || exit 1
ENTRYPOINT ["java", "-jar", "/app/kinerja-asn.jar"]
