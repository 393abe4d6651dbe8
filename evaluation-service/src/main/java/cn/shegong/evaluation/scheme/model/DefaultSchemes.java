package cn.shegong.evaluation.scheme.model;

import static cn.shegong.evaluation.scheme.model.IndicatorType.OUTCOME;
import static cn.shegong.evaluation.scheme.model.IndicatorType.PROCESS;
import static cn.shegong.evaluation.scheme.model.IndicatorType.STRUCTURAL;
import static cn.shegong.evaluation.scheme.model.ScorerRole.BUYER;
import static cn.shegong.evaluation.scheme.model.ScorerRole.SERVICE_USERS;
import static cn.shegong.evaluation.scheme.model.ScorerRole.THIRD_PARTY;

import java.util.List;

/**
 * The schemes the platform ships. The township station scheme (乡镇/街道社工站) is built from
 * DOMAIN.md: 25 of its 100 points are qualitative and 75 quantitative [SEED 004], most of
 * the quantitative ones filled from the other services' figures. Scored by third party,
 * buyer and service users with the default 70/20/10 composite.
 */
public final class DefaultSchemes {

	/** The id of the township station scheme, stable across its versions. */
	public static final String TOWNSHIP_STATION = "township-station";

	private DefaultSchemes() {
	}

	/** Version 1 of the township station scheme, with the default settings. */
	public static IndicatorScheme townshipStation() {
		return townshipStationDraft().publishAs(1);
	}

	public static SchemeDraft townshipStationDraft() {
		return new SchemeDraft(TOWNSHIP_STATION, "乡镇（街道）社工站项目评估指标体系", SchemeSettings.defaults(),
				List.of(foundations(), delivery(), outcomes()));
	}

	private static IndicatorGroup foundations() {
		// staffing: ≥ 6 full-time of whom ≥ 4 certified, certified ratio ≥ 2/3 [SEED 003,
		// 004];
		// 66.66 so that 4 of 6 (66.666…%) reaches the target
		return IndicatorGroup.of("1", "基础保障", "25",
				IndicatorGroup.of("1.1", "人员配置", "15",
						LeafIndicator.measured("1.1.1", "人员配备达标", "8", STRUCTURAL, THIRD_PARTY,
								DataSource.STAFFING_COMPLIANCE, FigureMapping.allOrNothingAt("100")),
						LeafIndicator.measured("1.1.2", "持证社工比例", "7", STRUCTURAL, THIRD_PARTY,
								DataSource.CERTIFIED_RATIO, FigureMapping.linear("50", "66.66"))),
				IndicatorGroup.of("1.2", "制度建设", "10",
						LeafIndicator.judged("1.2.1", "项目管理制度", "5", STRUCTURAL, THIRD_PARTY),
						LeafIndicator.judged("1.2.2", "档案规范", "5", STRUCTURAL, THIRD_PARTY)));
	}

	private static IndicatorGroup delivery() {
		return IndicatorGroup.of("2", "服务过程", "35",
				IndicatorGroup.of("2.1", "服务执行", "20",
						LeafIndicator.judged("2.1.1", "服务方案执行", "6", PROCESS, THIRD_PARTY),
						LeafIndicator.measured("2.1.2", "服务量完成率", "14", PROCESS, THIRD_PARTY,
								DataSource.SERVICE_VOLUME_VS_TARGET, FigureMapping.linear("60", "100"))),
				IndicatorGroup.of("2.2", "资源链接与回应", "15", LeafIndicator.judged("2.2.1", "社区资源链接", "5", PROCESS, BUYER),
						LeafIndicator.measured("2.2.2", "投诉按时办结率", "10", PROCESS, BUYER, DataSource.TICKET_ON_TIME_RATE,
								FigureMapping.linear("60", "100"))));
	}

	private static IndicatorGroup outcomes() {
		// satisfaction ≥ 85% [SEED 002, 004]; awareness ≥ 80% [PRAC Guangzhou; SEED 004]
		return IndicatorGroup.of("3", "服务成效", "40",
				IndicatorGroup.of("3.1", "服务对象评价", "26",
						LeafIndicator.measured("3.1.1", "服务对象满意度", "16", OUTCOME, SERVICE_USERS,
								DataSource.SATISFACTION_RATE, FigureMapping.linear("60", "85")),
						LeafIndicator.measured("3.1.2", "社工站知晓度", "10", OUTCOME, SERVICE_USERS,
								DataSource.AWARENESS_RATE, FigureMapping.linear("50", "80"))),
				IndicatorGroup.of("3.2", "数据真实性", "10",
						LeafIndicator.measured("3.2.1", "服务记录回访一致率", "10", OUTCOME, THIRD_PARTY,
								DataSource.DATA_QUALITY, FigureMapping.linear("80", "100"))),
				IndicatorGroup.of("3.3", "购买方评价", "4", LeafIndicator.judged("3.3.1", "履约与协作", "4", OUTCOME, BUYER)));
	}

}
