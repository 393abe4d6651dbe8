package cn.shegong.feedback.measure.schedule;

import org.junit.jupiter.api.Test;

import cn.shegong.feedback.measure.application.PeriodClosing;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class MeasureSchedulesTest {

	private final PeriodClosing closing = mock(PeriodClosing.class);

	private final MeasureSchedules schedules = new MeasureSchedules(this.closing);

	@Test
	void movingTheTestClockClosesWhatMidnightWouldHaveClosed() {
		this.schedules.clockMoved();
		this.schedules.daily();

		verify(this.closing, times(2)).runOnce();
	}

	@Test
	void aFailedPassIsLeftToTheNextOne() {
		when(this.closing.runOnce()).thenThrow(new IllegalStateException("store down"));

		assertThatNoException().isThrownBy(this.schedules::daily);
		verify(this.closing).runOnce();
	}

}
