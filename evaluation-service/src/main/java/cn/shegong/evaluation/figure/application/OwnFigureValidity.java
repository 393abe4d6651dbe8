package cn.shegong.evaluation.figure.application;

import cn.shegong.evaluation.figure.model.Figure;

/**
 * Port: whether a figure evaluation measured itself (the data quality of an evaluation's
 * callbacks) still speaks for the contract. Such a figure belongs to one evaluation; once
 * that evaluation's grade is final, it must not fill the next evaluation's leaf, or the
 * next evaluation could skip its own callbacks.
 */
public interface OwnFigureValidity {

	boolean stillApplies(Figure figure);

}
