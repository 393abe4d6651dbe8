package cn.shegong.procurement.registry.application;

import java.util.List;

import org.springframework.stereotype.Service;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.procurement.registry.model.Buyer;
import cn.shegong.procurement.registry.model.Region;
import cn.shegong.procurement.registry.persistence.BuyerRepository;

/** Use cases of the buyer registry. */
@Service
public class BuyerRegistry {

	private final BuyerRepository buyers;

	BuyerRegistry(BuyerRepository buyers) {
		this.buyers = buyers;
	}

	/** Records a buyer whose parent, if it names one, is already recorded. */
	public Buyer register(Buyer buyer) {
		buyer.parentBuyerId().filter((parent) -> !this.buyers.exists(parent)).ifPresent((parent) -> {
			throw ProblemException.ruleViolated("unknown-parent-buyer",
					"buyer %s names parent %s, which is not registered".formatted(buyer.id(), parent), buyer.id(),
					parent);
		});
		return this.buyers.insert(buyer);
	}

	/** An admin sees every buyer; anyone else the buyers within their region. */
	public List<Buyer> visibleTo(Caller caller) {
		if (Jurisdiction.isAdmin(caller)) {
			return this.buyers.findAll();
		}
		Region region = Jurisdiction.regionOf(caller);
		return this.buyers.findAll().stream().filter((buyer) -> region.contains(buyer.region())).toList();
	}

}
