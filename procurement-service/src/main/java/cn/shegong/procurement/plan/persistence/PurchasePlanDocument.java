package cn.shegong.procurement.plan.persistence;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.procurement.money.model.Money;
import cn.shegong.procurement.plan.model.PurchasePlan;

/**
 * A purchase plan in the store, amounts in whole fen. Allocations are a list rather than
 * a map because project ids are not safe as field names.
 */
@Document(PurchasePlanDocument.COLLECTION)
class PurchasePlanDocument {

	static final String COLLECTION = "purchase_plans";

	@Id
	private String id;

	private String buyerId;

	private int year;

	private String regionCode;

	private long budgetFen;

	private List<Allocation> allocations;

	@Version
	private Long version;

	PurchasePlanDocument() {
	}

	static PurchasePlanDocument of(PurchasePlan plan, String regionCode, Long version) {
		PurchasePlanDocument document = new PurchasePlanDocument();
		document.id = plan.id();
		document.buyerId = plan.buyerId();
		document.year = plan.year().getValue();
		document.regionCode = regionCode;
		document.budgetFen = plan.budget().fen();
		document.allocations = plan.allocations()
			.entrySet()
			.stream()
			.map((entry) -> new Allocation(entry.getKey(), entry.getValue().fen()))
			.sorted(java.util.Comparator.comparing(Allocation::projectId))
			.toList();
		document.version = version;
		return document;
	}

	StoredPlan toStoredPlan() {
		Map<String, Money> allocated = this.allocations.stream()
			.collect(Collectors.toMap(Allocation::projectId, (allocation) -> Money.ofFen(allocation.fen())));
		PurchasePlan plan = new PurchasePlan(this.id, this.buyerId, Year.of(this.year), Money.ofFen(this.budgetFen),
				allocated);
		return new StoredPlan(plan, this.regionCode, this.version);
	}

	record Allocation(String projectId, long fen) {
	}

}
