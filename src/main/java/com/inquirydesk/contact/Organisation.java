package com.inquirydesk.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A company the clients on one mail domain work for; its name starts as the domain, and staff may change it. */
@Entity
@Table(name = "organisation")
class Organisation {

    static final int NAME_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 253, updatable = false)
    private String domain;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {
        this.domain = "";
        this.name = "";
        this.createdAt = Instant.EPOCH;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Organisation is not stored yet");
        }
        return id;
    }

    String domain() {
        return domain;
    }

    String name() {
        return name;
    }

    Instant createdAt() {
        return createdAt;
    }

    void rename(String name) {
        this.name = name;
    }
}
