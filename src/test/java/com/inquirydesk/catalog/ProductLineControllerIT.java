package com.inquirydesk.catalog;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.inquirydesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class ProductLineControllerIT {

    @Autowired
    MockMvc mvc;

    @Test
    void lists_the_seven_product_lines_in_chinese_for_a_chinese_browser() throws Exception {
        mvc.perform(get("/api/product-lines").header("Accept-Language", "zh-CN,zh;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(7))
                .andExpect(jsonPath("$[0].code").value("ceramics"))
                .andExpect(jsonPath("$[0].name").value("高温陶瓷"))
                .andExpect(jsonPath("$[6].name").value("智能产品"));
    }

    @Test
    void the_lang_parameter_wins_over_the_browser_language() throws Exception {
        mvc.perform(get("/api/product-lines?lang=en").header("Accept-Language", "zh"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[3].code").value("natural-gas"))
                .andExpect(jsonPath("$[3].name").value("Natural gas"));
    }

    @Test
    void the_line_for_unsorted_mail_is_not_offered_to_clients() throws Exception {
        mvc.perform(get("/api/product-lines?lang=en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("ceramics")))
                .andExpect(jsonPath("$[*].code", not(hasItem("unassigned"))))
                .andExpect(jsonPath("$[*].name", not(hasItem("Unassigned line"))));
    }

    @Test
    void the_openapi_description_is_public() throws Exception {
        mvc.perform(get("/api/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/inquiries'].post").exists());
    }
}
