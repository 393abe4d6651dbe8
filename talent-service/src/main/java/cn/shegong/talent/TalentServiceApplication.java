package cn.shegong.talent;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * talent-service: social workers, certificates, training, tiers and staffing compliance.
 */
@SpringBootApplication
public class TalentServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(TalentServiceApplication.class, args);
	}

}
