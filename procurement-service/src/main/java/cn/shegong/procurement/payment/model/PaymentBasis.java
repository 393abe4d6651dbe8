package cn.shegong.procurement.payment.model;

/** What a payment record answers to. */
public enum PaymentBasis {

	/** The contract was signed: the signing tranche is paid whatever the later grades. */
	SIGNING,
	/** A mid-term or final grade settled its tranche. */
	GRADE,
	/** A re-evaluation graded the part of a tranche an earlier grade withheld. */
	RE_EVALUATION,
	/**
	 * The buyer verified the rectification a grade asked for: what that grade held is
	 * released.
	 */
	RECTIFICATION

}
