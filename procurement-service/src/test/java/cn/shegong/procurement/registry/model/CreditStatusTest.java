package cn.shegong.procurement.registry.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CreditStatusTest {

	@Test
	void onlyTheDishonestyListBlocksBidding() {
		assertThat(CreditStatus.GOOD.blocksBidding()).isFalse();
		assertThat(CreditStatus.WARNED.blocksBidding()).isFalse();
		assertThat(CreditStatus.DISHONEST.blocksBidding()).isTrue();
	}

}
