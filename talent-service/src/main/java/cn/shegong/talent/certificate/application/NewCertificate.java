package cn.shegong.talent.certificate.application;

import java.time.LocalDate;

import cn.shegong.talent.certificate.model.CertificateLevel;

/**
 * What HR records of a certificate: its first registration starts on
 * {@code registeredOn}.
 */
public record NewCertificate(CertificateLevel level, String number, int examYear, LocalDate registeredOn) {

}
