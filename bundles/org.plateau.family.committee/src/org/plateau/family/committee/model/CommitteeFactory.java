/**
 * Code marked @generated is produced by EMF from model/committee.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.committee.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.plateau.family.committee.model.CommitteePackage
 * @generated
 */
public interface CommitteeFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CommitteeFactory eINSTANCE = org.plateau.family.committee.model.impl.CommitteeFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Teacher Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Teacher Task</em>'.
	 * @generated
	 */
	TeacherTask createTeacherTask();

	/**
	 * Returns a new object of class '<em>Student Committee</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Student Committee</em>'.
	 * @generated
	 */
	StudentCommittee createStudentCommittee();

	/**
	 * Returns a new object of class '<em>Initialisation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Initialisation</em>'.
	 * @generated
	 */
	CommitteeInitialisation createCommitteeInitialisation();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CommitteePackage getCommitteePackage();

} //CommitteeFactory
