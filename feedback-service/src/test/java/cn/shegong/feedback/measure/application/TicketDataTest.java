package cn.shegong.feedback.measure.application;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.shegong.feedback.measure.application.SatisfactionMeasured.TicketData;
import cn.shegong.feedback.ticket.model.TicketMeasures;

import static org.assertj.core.api.Assertions.assertThat;

class TicketDataTest {

	@Test
	void theOnTimeRateIsClosedOnTimeOverClosedAndOpenOverdueRoundedHalfUp() {
		TicketMeasures measures = new TicketMeasures(7, 2, 2, 1, 3, Optional.of(2.0 / 3));

		assertThat(TicketData.of(measures)).isEqualTo(new TicketData(7, 2, 2, 1, 6667));
	}

	@Test
	void withNothingSettledThereIsNoOnTimeRate() {
		TicketMeasures measures = new TicketMeasures(3, 0, 0, 0, 2, Optional.empty());

		assertThat(TicketData.of(measures).onTimeRateBp()).isNull();
	}

}
