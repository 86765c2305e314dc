package com.inquirydesk.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    @Query("select distinct e.action from AuditEntry e order by e.action")
    List<String> actions();
}
