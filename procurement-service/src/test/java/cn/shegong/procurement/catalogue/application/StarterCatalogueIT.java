package cn.shegong.procurement.catalogue.application;

import java.util.UUID;

import com.mongodb.client.MongoClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.mongodb.core.MongoTemplate;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.procurement.catalogue.model.CatalogueCode;
import cn.shegong.procurement.catalogue.model.CatalogueItem;
import cn.shegong.procurement.catalogue.persistence.CatalogueStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter catalogue against a database of its own, so that it starts empty whatever
 * the other tests of the shared context added.
 */
@ServiceIntegrationTest
class StarterCatalogueIT {

	@Autowired
	MongoClient client;

	CatalogueStore catalogue;

	StarterCatalogue starter;

	@BeforeEach
	void emptyCatalogue() {
		this.catalogue = new CatalogueStore(
				new MongoTemplate(this.client, "starter_catalogue_" + UUID.randomUUID().toString().replace("-", "")));
		this.starter = new StarterCatalogue(this.catalogue);
	}

	@Test
	void anEmptyCatalogueGetsTheStarterSetOnceEvenWhenTheRunnerRunsTwice() {
		this.starter.run(new DefaultApplicationArguments());
		this.starter.run(new DefaultApplicationArguments());

		assertThat(this.catalogue.all()).extracting((item) -> item.code().value())
			.containsExactly("C09", "C0901", "C090101", "C090102", "C090103", "C090104");
		assertThat(this.catalogue.find(CatalogueCode.of("C090101")))
			.hasValueSatisfying((item) -> assertThat(item.name()).isEqualTo("社区社会工作服务（社工站）"));
	}

	@Test
	void aCityCatalogueIsNeverOverwrittenByTheStarterSet() {
		this.catalogue.add(new CatalogueItem(CatalogueCode.of("C09"), "社会服务（本市目录）", "由本市民政局发布"));

		this.starter.run(new DefaultApplicationArguments());

		assertThat(this.catalogue.all()).extracting((item) -> item.name()).containsExactly("社会服务（本市目录）");
	}

}
