package cn.shegong.procurement.registry.persistence;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.shegong.procurement.registry.RegistryFixtures;
import cn.shegong.procurement.registry.model.Agency;
import cn.shegong.procurement.registry.model.BanPolicy;
import cn.shegong.procurement.registry.model.CreditStatus;
import cn.shegong.procurement.registry.model.GradeAssessment;
import cn.shegong.procurement.registry.model.OrganisationGrade;
import cn.shegong.procurement.registry.model.UnifiedSocialCreditCode;

import static org.assertj.core.api.Assertions.assertThat;

class AgencyDocumentTest {

	@Test
	void anAgencyWithGradeStatusAndBansComesBackAsItWasStored() {
		Agency agency = Agency.register("AG-1", "某社工机构",
				UnifiedSocialCreditCode.parse(RegistryFixtures.freshCreditCode(RegistryFixtures.HAINING)));
		agency.recordAssessment(
				new GradeAssessment(OrganisationGrade.A4, LocalDate.of(2024, 6, 1), LocalDate.of(2029, 5, 31)));
		agency.changeCreditStatus(CreditStatus.WARNED);
		agency.ban(BanPolicy.defaults().banFor(LocalDate.of(2025, 3, 15), "EV-1"));

		AgencyDocument document = AgencyDocument.of(agency);
		Agency restored = withVersion(document, 3L).toStored().agency();

		assertThat(document.gradeAssessment().grade()).isEqualTo("4A");
		assertThat(document.outbox()).isEmpty();
		assertThat(restored).usingRecursiveComparison().isEqualTo(agency);
	}

	@Test
	void aNeverAssessedAgencyHasNoGradeDocumentAndNoneComesBack() {
		Agency agency = Agency.register("AG-2", "某社工机构",
				UnifiedSocialCreditCode.parse(RegistryFixtures.freshCreditCode(RegistryFixtures.HAINING)));

		AgencyDocument document = AgencyDocument.of(agency);
		StoredAgency stored = withVersion(document, 0L).toStored();

		assertThat(document.gradeAssessment()).isNull();
		assertThat(stored.agency().gradeAssessment()).isEmpty();
		assertThat(stored.version()).isZero();
	}

	@Test
	void aChangeBasedOnAClientsReadCarriesTheClientsVersion() {
		Agency agency = Agency.register("AG-3", "某社工机构",
				UnifiedSocialCreditCode.parse(RegistryFixtures.freshCreditCode(RegistryFixtures.HAINING)));

		StoredAgency changed = new StoredAgency(agency, null, 5L).withCreditStatusReason("notice").basedOn(2L);

		assertThat(changed.version()).isEqualTo(2L);
		assertThat(changed.creditStatusReasonIfAny()).contains("notice");
	}

	private static AgencyDocument withVersion(AgencyDocument document, Long version) {
		return new AgencyDocument(document.id(), document.name(), document.creditCode(), document.gradeAssessment(),
				document.creditStatus(), "reason", document.bans(), document.outbox(), version);
	}

}
