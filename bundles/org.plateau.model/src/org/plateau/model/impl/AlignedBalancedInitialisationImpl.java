/**
 * Code marked @generated is produced by EMF from model/experiment.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.plateau.model.AlignedBalancedInitialisation;
import org.plateau.model.PlateauPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Aligned Balanced Initialisation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.model.impl.AlignedBalancedInitialisationImpl#getA0 <em>A0</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AlignedBalancedInitialisationImpl extends InitialisationImpl implements AlignedBalancedInitialisation {
	/**
	 * The default value of the '{@link #getA0() <em>A0</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getA0()
	 * @generated
	 * @ordered
	 */
	protected static final double A0_EDEFAULT = 0.001;

	/**
	 * The cached value of the '{@link #getA0() <em>A0</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getA0()
	 * @generated
	 * @ordered
	 */
	protected double a0 = A0_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AlignedBalancedInitialisationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlateauPackage.Literals.ALIGNED_BALANCED_INITIALISATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getA0() {
		return a0;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setA0(double newA0) {
		double oldA0 = a0;
		a0 = newA0;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.ALIGNED_BALANCED_INITIALISATION__A0, oldA0, a0));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlateauPackage.ALIGNED_BALANCED_INITIALISATION__A0:
				return getA0();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PlateauPackage.ALIGNED_BALANCED_INITIALISATION__A0:
				setA0((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PlateauPackage.ALIGNED_BALANCED_INITIALISATION__A0:
				setA0(A0_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PlateauPackage.ALIGNED_BALANCED_INITIALISATION__A0:
				return a0 != A0_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (a0: ");
		result.append(a0);
		result.append(')');
		return result.toString();
	}

} //AlignedBalancedInitialisationImpl
