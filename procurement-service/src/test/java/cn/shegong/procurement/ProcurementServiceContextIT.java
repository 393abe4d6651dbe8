package cn.shegong.procurement;

import cn.shegong.platform.test.ServiceContract;
import cn.shegong.platform.test.ServiceIntegrationTest;

@ServiceIntegrationTest
class ProcurementServiceContextIT extends ServiceContract {

	ProcurementServiceContextIT() {
		super("/api/procurement", "procurement.events");
	}

}
