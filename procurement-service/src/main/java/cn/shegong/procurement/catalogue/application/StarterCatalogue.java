package cn.shegong.procurement.catalogue.application;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import cn.shegong.procurement.catalogue.model.CatalogueCode;
import cn.shegong.procurement.catalogue.model.CatalogueItem;
import cn.shegong.procurement.catalogue.persistence.CatalogueStore;

/**
 * Gives a new installation a catalogue to start from, so projects can be created on day
 * one. It is a starter set only: each city publishes its own 指导性目录 and replaces these
 * entries through the admin API. It is loaded only into an empty catalogue, never over a
 * city's own, and item by item with insert-if-absent so that running it again (a restart,
 * or two instances starting together) changes nothing.
 */
@Component
public class StarterCatalogue implements ApplicationRunner {

	static final List<CatalogueItem> ITEMS = List.of(item("C09", "社会服务"), item("C0901", "社会工作服务"),
			item("C090101", "社区社会工作服务（社工站）"), item("C090102", "老年人社会工作服务"), item("C090103", "儿童青少年社会工作服务"),
			item("C090104", "残疾人社会工作服务"));

	private final CatalogueStore catalogue;

	StarterCatalogue(CatalogueStore catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.catalogue.isEmpty()) {
			ITEMS.forEach(this.catalogue::addIfAbsent);
		}
	}

	private static CatalogueItem item(String code, String name) {
		return new CatalogueItem(new CatalogueCode(code), name, null);
	}

}
