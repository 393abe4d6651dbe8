package cn.shegong.procurement;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * procurement-service: plans, tenders, bids, awards, contracts, progress and payments.
 */
@SpringBootApplication
public class ProcurementServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(ProcurementServiceApplication.class, args);
	}

}
