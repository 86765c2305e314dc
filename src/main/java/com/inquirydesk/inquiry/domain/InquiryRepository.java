package com.inquirydesk.inquiry.domain;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InquiryRepository extends JpaRepository<Inquiry, Long> {

    Optional<Inquiry> findByReference(String reference);

    /** The earliest identical inquiry from an address since a moment: served by the (email, received_at) index. */
    Optional<Inquiry> findFirstByEmailAndContentHashAndReceivedAtAfterOrderByReceivedAtAsc(
            String email, String contentHash, Instant since);
}
