package com.inquirydesk.staff;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffUserRepository extends JpaRepository<StaffUser, Long> {

    Optional<StaffUser> findByUsername(String username);

    List<StaffUser> findByUsernameIn(Collection<String> usernames);

    List<StaffUser> findByEnabledTrueOrderByDisplayNameAsc();
}
