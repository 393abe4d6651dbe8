package cn.shegong.talent.importing.model;

import java.time.LocalDate;

import cn.shegong.talent.certificate.model.CertificateLevel;

/** The certificate columns of a valid row. */
public record CertificateEntry(CertificateLevel level, String number, int examYear, LocalDate registeredOn) {

}
