package jp.madoguchi.intake.chamber.application;

import java.util.List;

import jp.madoguchi.intake.chamber.domain.Chamber;
import jp.madoguchi.intake.chamber.domain.Regions;

/** The federation's chambers as shipped with the release, and its regions, which only a release changes. */
public interface ChamberSeed {

    Regions regions();

    List<Chamber> chambers();
}
