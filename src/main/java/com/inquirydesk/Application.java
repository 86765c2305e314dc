package com.inquirydesk;

import com.inquirydesk.base.web.EmbeddableForm;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.TargetElement;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Starts Inquiry Desk and configures the page shell every view is rendered in. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Inquiry Desk");
        // without JavaScript no Vaadin view works: the embeddable form does, and takes the same inquiries
        settings.addInlineWithContents(
                TargetElement.BODY,
                Inline.Position.APPEND,
                "<noscript><p lang=\"en\">This page needs JavaScript. Without it, please use the <a href=\""
                        + EmbeddableForm.PATH + "\">plain inquiry form</a>.</p>"
                        + "<p lang=\"zh\">此页面需要 JavaScript。如未启用，请使用<a href=\""
                        + EmbeddableForm.PATH + "\">纯文本询价表单</a>。</p></noscript>",
                Inline.Wrapping.NONE);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
