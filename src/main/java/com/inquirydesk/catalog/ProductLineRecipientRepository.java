package com.inquirydesk.catalog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProductLineRecipientRepository extends JpaRepository<ProductLineRecipient, Long> {

    List<ProductLineRecipient> findAllByOrderByIdAsc();

    @Modifying(flushAutomatically = true)
    @Query("delete from ProductLineRecipient r where r.productLineId = :productLineId")
    void deleteByProductLineId(@Param("productLineId") long productLineId);
}
