package cn.shegong.evaluation.contract.messaging;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

import cn.shegong.evaluation.contract.model.MilestoneFellDue;

/** Every {@link MilestoneFellDue} the service announced, on whatever thread. */
@TestComponent
public class AnnouncedDues {

	private final List<MilestoneFellDue> announced = new CopyOnWriteArrayList<>();

	@EventListener
	void on(MilestoneFellDue due) {
		this.announced.add(due);
	}

	public List<MilestoneFellDue> of(String contractId) {
		return this.announced.stream().filter((due) -> due.contractId().equals(contractId)).toList();
	}

}
