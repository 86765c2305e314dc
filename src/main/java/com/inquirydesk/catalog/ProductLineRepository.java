package com.inquirydesk.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProductLineRepository extends JpaRepository<ProductLine, Long> {

    List<ProductLine> findByActiveTrueOrderBySortOrderAscIdAsc();

    List<ProductLine> findAllByOrderBySortOrderAscIdAsc();

    boolean existsByCode(String code);

    Optional<ProductLine> findByInboundAddress(String inboundAddress);
}
