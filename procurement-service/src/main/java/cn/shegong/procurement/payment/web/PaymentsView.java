package cn.shegong.procurement.payment.web;

import java.time.LocalDate;
import java.util.List;

import cn.shegong.procurement.contract.model.Contract;
import cn.shegong.procurement.payment.model.PaymentLedger;
import cn.shegong.procurement.payment.model.PaymentRecord;

/**
 * The payments of a contract, oldest first, and where the money stands: released, held
 * until rectification is verified, and withheld until a re-evaluation passes. Amounts in
 * fen.
 */
record PaymentsView(String contractId, String agencyId, long priceFen, long releasedFen, long heldFen, long withheldFen,
		List<PaymentView> payments) {

	static PaymentsView of(Contract contract) {
		PaymentLedger ledger = contract.payments();
		return new PaymentsView(contract.id(), contract.agencyId(), contract.terms().price().fen(),
				ledger.totalReleased().fen(), ledger.totalHeld().fen(), ledger.totalWithheld().fen(),
				ledger.records().stream().map(PaymentView::of).toList());
	}

	record PaymentView(String paymentId, String tranche, String trancheName, String basis, long releasedFen,
			long heldFen, long withheldFen, String grade, boolean veto, String evaluationId, String reason,
			LocalDate recordedOn) {

		static PaymentView of(PaymentRecord record) {
			return new PaymentView(record.paymentId(), record.tranche().name(), record.trancheName(),
					record.basis().name(), record.released().fen(), record.held().fen(), record.withheld().fen(),
					(record.grade() != null) ? record.grade().name() : null, record.veto(), record.evaluationId(),
					record.reason(), record.recordedOn());
		}

	}

}
