# Inquiry Desk container image.
#   docker build -t inquiry-desk .
#   docker run -p 8080:8080 -v inquirydesk-data:/data inquiry-desk
# Data (the H2 database) lives in /data unless INQUIRY_DB_URL points at PostgreSQL.

# ---- build: production jar, split into Spring Boot layers ----
FROM eclipse-temurin:21-jdk AS build
WORKDIR /build

# Wrapper and POM first: the dependency download is cached until pom.xml changes.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN chmod +x mvnw && ./mvnw -B -ntp -Pproduction dependency:go-offline

COPY src/ src/
COPY frontend/ frontend/
RUN ./mvnw -B -ntp -Pproduction -DskipTests package \
    && cp target/inquiry-desk-*.jar target/app.jar \
    && java -Djarmode=tools -jar target/app.jar extract --layers --launcher --destination /extracted

# ---- runtime ----
FROM eclipse-temurin:21-jre

# Unprivileged user; /data must be writable by it (a named volume copies this ownership).
RUN groupadd --system --gid 10001 inquirydesk \
    && useradd --system --uid 10001 --gid inquirydesk --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin inquirydesk \
    && mkdir -p /data \
    && chown inquirydesk:inquirydesk /data

WORKDIR /app
# Least to most frequently changed, so rebuilds reuse the lower layers.
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./

ENV INQUIRY_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError" \
    VAADIN_USAGE_STATS_ENABLED=false
VOLUME /data
EXPOSE 8080
USER 10001:10001

# No curl needed: a plain HTTP request over bash's /dev/tcp; healthy (0) on status 200, else 1.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080} && printf 'GET /api/product-lines HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && read -r -t 4 status <&3 && [[ ${status#* } == 200* ]] || exit 1"]

ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
