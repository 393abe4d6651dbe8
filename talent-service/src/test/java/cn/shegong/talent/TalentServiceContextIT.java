package cn.shegong.talent;

import cn.shegong.platform.test.ServiceContract;
import cn.shegong.platform.test.ServiceIntegrationTest;

@ServiceIntegrationTest
class TalentServiceContextIT extends ServiceContract {

	TalentServiceContextIT() {
		super("/api/talent", "talent.events");
	}

}
