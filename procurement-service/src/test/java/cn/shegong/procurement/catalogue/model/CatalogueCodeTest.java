package cn.shegong.procurement.catalogue.model;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueCodeTest {

	@Test
	void codesNestThreeLevelsDeep() {
		CatalogueCode leaf = CatalogueCode.of("c090103");

		assertThat(leaf.value()).isEqualTo("C090103");
		assertThat(leaf.level()).isEqualTo(3);
		assertThat(leaf.parent()).contains(CatalogueCode.of("C0901"));
		assertThat(CatalogueCode.of("C09").parent()).isEmpty();
		assertThat(leaf.isWithin(CatalogueCode.of("C09"))).isTrue();
		assertThat(CatalogueCode.of("C10").isWithin(CatalogueCode.of("C1" + "0"))).isFalse();
	}

	@Test
	void aFourthLevelOrAMalformedCodeIsRefused() {
		assertThatThrownBy(() -> CatalogueCode.of("C09010301")).isInstanceOf(ProblemException.class)
			.hasMessageContaining("1 to 3 pairs");
		assertThatThrownBy(() -> CatalogueCode.of("0901")).isInstanceOf(ProblemException.class);
		assertThatThrownBy(() -> CatalogueCode.of(null)).isInstanceOf(ProblemException.class);
	}

	@Test
	void anItemCannotBeAddedBeforeItsParent() {
		CatalogueItem.Catalogue catalogue = (code) -> Optional.ofNullable(
				Map.of(CatalogueCode.of("C09"), new CatalogueItem(CatalogueCode.of("C09"), "社会服务", "")).get(code));

		new CatalogueItem(CatalogueCode.of("C0901"), "社会工作服务", "").requireParentIn(catalogue);
		assertThatThrownBy(
				() -> new CatalogueItem(CatalogueCode.of("C090103"), "老年人社会工作", "").requireParentIn(catalogue))
			.isInstanceOf(ProblemException.class)
			.extracting((ex) -> ((ProblemException) ex).rule())
			.isEqualTo("catalogue-parent-missing");
	}

}
