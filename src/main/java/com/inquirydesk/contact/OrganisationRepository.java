package com.inquirydesk.contact;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByDomain(String domain);
}
