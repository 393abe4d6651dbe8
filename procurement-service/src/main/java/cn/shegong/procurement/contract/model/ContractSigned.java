package cn.shegong.procurement.contract.model;

import java.util.Optional;

import cn.shegong.procurement.payment.model.PaymentRecord;

/** A contract was signed, and its signing tranche paid if its schedule has one. */
public record ContractSigned(String contractId, Signing signing, Optional<PaymentRecord> signingPayment) {

}
