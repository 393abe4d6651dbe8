package cn.shegong.feedback.ticket.application;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.shegong.feedback.ticket.model.ReceiptCodes;
import cn.shegong.feedback.ticket.model.SlaPolicy;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SlaProperties.class, TicketProperties.class })
class TicketConfiguration {

	@Bean
	SlaPolicy slaPolicy(SlaProperties properties) {
		return properties.policy();
	}

	@Bean
	ReceiptCodes receiptCodes() {
		return new ReceiptCodes();
	}

}
