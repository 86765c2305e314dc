# Inquiry Desk container image.
#   docker build -t inquiry-desk .
#   docker run -p 8080:8080 -v inquirydesk-data:/data -e INQUIRY_ADMIN_PASSWORD='…' inquiry-desk
# Data (the H2 database) lives in /data unless INQUIRY_DB_URL points at PostgreSQL; compose.yaml runs two
# instances on PostgreSQL behind a load balancer. Every setting is an environment variable (README).

# ---- build: the production jar, extracted for a fast start ----
FROM eclipse-temurin:25-jdk AS build
WORKDIR /build

# Wrapper and POM first: the dependency download is cached until pom.xml changes.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN chmod +x mvnw && ./mvnw -B -ntp -Pproduction dependency:go-offline

COPY src/ src/
COPY frontend/ frontend/
RUN ./mvnw -B -ntp -Pproduction -DskipTests package \
    && cp target/inquiry-desk-*.jar target/app.jar \
    && java -Djarmode=tools -jar target/app.jar extract --destination /extracted

# ---- runtime ----
FROM eclipse-temurin:25-jre

# Unprivileged user; /data must be writable by it (a named volume copies this ownership).
RUN groupadd --system --gid 10001 inquirydesk \
    && useradd --system --uid 10001 --gid inquirydesk --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin inquirydesk \
    && mkdir -p /data \
    && chown inquirydesk:inquirydesk /data

WORKDIR /app
# The libraries change less often than the application, so they are a layer of their own.
COPY --from=build /extracted/lib/ ./lib/
COPY --from=build /extracted/app.jar ./app.jar

# JDK 25 AOT cache: a training run starts the app once (on a throwaway in-memory database), waits until it
# has served its first page and stops it, recording the classes it loaded and linked; every later start maps
# them instead of loading them again (README, Benchmarks). The cache belongs to this exact JRE and app.jar,
# so it is made here, in the runtime image.
# .ci/run checks this script on the production jar, as no Docker engine runs there.
COPY src/main/docker/aot-train.sh /tmp/aot-train.sh
RUN bash /tmp/aot-train.sh app.jar app.aot -Dspring.aot.enabled=true \
    && rm -rf /tmp/*

ENV INQUIRY_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError" \
    VAADIN_USAGE_STATS_ENABLED=false
VOLUME /data
EXPOSE 8080
USER 10001:10001

# No curl needed: a plain HTTP request over bash's /dev/tcp; healthy (0) when readiness answers 200.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080} && printf 'GET /actuator/health/readiness HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && read -r -t 4 status <&3 && [[ ${status#* } == 200* ]] || exit 1"]

# exec form: the JVM is PID 1 and gets SIGTERM directly, so the graceful shutdown runs (30 s at most).
# -Dspring.aot.enabled=true: the bean definitions Spring generated at build time, not the configuration classes.
ENTRYPOINT ["java", "-XX:AOTCache=app.aot", "-Dspring.aot.enabled=true", "-jar", "app.jar"]
