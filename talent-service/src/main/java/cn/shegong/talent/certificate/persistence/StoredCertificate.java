package cn.shegong.talent.certificate.persistence;

import cn.shegong.talent.certificate.model.Certificate;

/** A certificate as read from the store, with the version a change must be based on. */
public record StoredCertificate(Certificate certificate, long version) {

}
