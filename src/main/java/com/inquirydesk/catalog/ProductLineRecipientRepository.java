package com.inquirydesk.catalog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProductLineRecipientRepository extends JpaRepository<ProductLineRecipient, Long> {

    List<ProductLineRecipient> findByProductLineIdOrderByIdAsc(long productLineId);
}
