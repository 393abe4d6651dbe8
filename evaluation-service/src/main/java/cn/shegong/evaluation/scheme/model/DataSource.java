package cn.shegong.evaluation.scheme.model;

/**
 * A figure another service publishes that fills a leaf automatically (DOMAIN.md §6, §8).
 * Every figure arrives as a percentage (100 = the whole, or the target fully met).
 */
public enum DataSource {

	/** Satisfaction rate from feedback's {@code SatisfactionMeasured}. */
	SATISFACTION_RATE,
	/** Awareness rate from feedback's {@code SatisfactionMeasured}. */
	AWARENESS_RATE,
	/** Tickets closed on time ÷ (closed + open overdue), from feedback. */
	TICKET_ON_TIME_RATE,
	/** 100 when talent's {@code StaffingChanged} says compliant, else 0. */
	STAFFING_COMPLIANCE,
	/** Certified staff ÷ staff, from talent's {@code StaffingChanged}. */
	CERTIFIED_RATIO,
	/**
	 * Reported service volume ÷ contracted target, from procurement's progress reports.
	 */
	SERVICE_VOLUME_VS_TARGET,
	/** Callbacks that confirmed the record ÷ callbacks made (anti-fraud 回访). */
	DATA_QUALITY

}
