/**
 * Code marked @generated is produced by EMF from model/experiment.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.plateau.model.PlateauPackage
 * @generated
 */
public interface PlateauFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PlateauFactory eINSTANCE = org.plateau.model.impl.PlateauFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Experiment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Experiment</em>'.
	 * @generated
	 */
	Experiment createExperiment();

	/**
	 * Returns a new object of class '<em>Small Gaussian Initialisation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Small Gaussian Initialisation</em>'.
	 * @generated
	 */
	SmallGaussianInitialisation createSmallGaussianInitialisation();

	/**
	 * Returns a new object of class '<em>Random Orthogonal Initialisation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Random Orthogonal Initialisation</em>'.
	 * @generated
	 */
	RandomOrthogonalInitialisation createRandomOrthogonalInitialisation();

	/**
	 * Returns a new object of class '<em>Aligned Balanced Initialisation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Aligned Balanced Initialisation</em>'.
	 * @generated
	 */
	AlignedBalancedInitialisation createAlignedBalancedInitialisation();

	/**
	 * Returns a new object of class '<em>Training</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Training</em>'.
	 * @generated
	 */
	Training createTraining();

	/**
	 * Returns a new object of class '<em>Theory Selection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Theory Selection</em>'.
	 * @generated
	 */
	TheorySelection createTheorySelection();

	/**
	 * Returns a new object of class '<em>Run</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Run</em>'.
	 * @generated
	 */
	Run createRun();

	/**
	 * Returns a new object of class '<em>Sweep</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sweep</em>'.
	 * @generated
	 */
	Sweep createSweep();

	/**
	 * Returns a new object of class '<em>Sweep Axis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sweep Axis</em>'.
	 * @generated
	 */
	SweepAxis createSweepAxis();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	PlateauPackage getPlateauPackage();

} //PlateauFactory
