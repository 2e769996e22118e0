/**
 * Code marked @generated is produced by EMF from model/reln.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.reln.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.plateau.family.reln.model.RelnPackage;
import org.plateau.family.reln.model.ReluNetwork;

import org.plateau.model.impl.ArchitectureImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Relu Network</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.reln.model.impl.ReluNetworkImpl#getHiddenWidth <em>Hidden Width</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReluNetworkImpl extends ArchitectureImpl implements ReluNetwork {
	/**
	 * The default value of the '{@link #getHiddenWidth() <em>Hidden Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenWidth()
	 * @generated
	 * @ordered
	 */
	protected static final int HIDDEN_WIDTH_EDEFAULT = 700;

	/**
	 * The cached value of the '{@link #getHiddenWidth() <em>Hidden Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenWidth()
	 * @generated
	 * @ordered
	 */
	protected int hiddenWidth = HIDDEN_WIDTH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReluNetworkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RelnPackage.Literals.RELU_NETWORK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHiddenWidth() {
		return hiddenWidth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHiddenWidth(int newHiddenWidth) {
		int oldHiddenWidth = hiddenWidth;
		hiddenWidth = newHiddenWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelnPackage.RELU_NETWORK__HIDDEN_WIDTH, oldHiddenWidth, hiddenWidth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RelnPackage.RELU_NETWORK__HIDDEN_WIDTH:
				return getHiddenWidth();
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
			case RelnPackage.RELU_NETWORK__HIDDEN_WIDTH:
				setHiddenWidth((Integer)newValue);
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
			case RelnPackage.RELU_NETWORK__HIDDEN_WIDTH:
				setHiddenWidth(HIDDEN_WIDTH_EDEFAULT);
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
			case RelnPackage.RELU_NETWORK__HIDDEN_WIDTH:
				return hiddenWidth != HIDDEN_WIDTH_EDEFAULT;
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
		result.append(" (hiddenWidth: ");
		result.append(hiddenWidth);
		result.append(')');
		return result.toString();
	}

} //ReluNetworkImpl
