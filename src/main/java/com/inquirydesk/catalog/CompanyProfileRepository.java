package com.inquirydesk.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompanyProfileRepository extends JpaRepository<CompanyProfile, Long> {}
