package cn.shegong.talent.training.application;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.shegong.talent.training.model.TrainingCategory;

public record NewTrainingRecord(LocalDate date, BigDecimal hours, String provider, TrainingCategory category) {

}
