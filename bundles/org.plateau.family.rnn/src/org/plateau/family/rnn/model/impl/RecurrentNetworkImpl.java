/**
 * Code marked @generated is produced by EMF from model/rnn.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.rnn.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.plateau.family.rnn.model.Activation;
import org.plateau.family.rnn.model.InitialState;
import org.plateau.family.rnn.model.Readout;
import org.plateau.family.rnn.model.RecurrentNetwork;
import org.plateau.family.rnn.model.RnnPackage;

import org.plateau.model.impl.ArchitectureImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Recurrent Network</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.rnn.model.impl.RecurrentNetworkImpl#getHiddenUnits <em>Hidden Units</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.RecurrentNetworkImpl#getActivation <em>Activation</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.RecurrentNetworkImpl#getInitialState <em>Initial State</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.RecurrentNetworkImpl#getReadout <em>Readout</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RecurrentNetworkImpl extends ArchitectureImpl implements RecurrentNetwork {
	/**
	 * The default value of the '{@link #getHiddenUnits() <em>Hidden Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenUnits()
	 * @generated
	 * @ordered
	 */
	protected static final int HIDDEN_UNITS_EDEFAULT = 100;

	/**
	 * The cached value of the '{@link #getHiddenUnits() <em>Hidden Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenUnits()
	 * @generated
	 * @ordered
	 */
	protected int hiddenUnits = HIDDEN_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getActivation() <em>Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivation()
	 * @generated
	 * @ordered
	 */
	protected static final Activation ACTIVATION_EDEFAULT = Activation.RELU;

	/**
	 * The cached value of the '{@link #getActivation() <em>Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivation()
	 * @generated
	 * @ordered
	 */
	protected Activation activation = ACTIVATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitialState() <em>Initial State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialState()
	 * @generated
	 * @ordered
	 */
	protected static final InitialState INITIAL_STATE_EDEFAULT = InitialState.ONES;

	/**
	 * The cached value of the '{@link #getInitialState() <em>Initial State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialState()
	 * @generated
	 * @ordered
	 */
	protected InitialState initialState = INITIAL_STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReadout() <em>Readout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadout()
	 * @generated
	 * @ordered
	 */
	protected static final Readout READOUT_EDEFAULT = Readout.LINEAR;

	/**
	 * The cached value of the '{@link #getReadout() <em>Readout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadout()
	 * @generated
	 * @ordered
	 */
	protected Readout readout = READOUT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RecurrentNetworkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RnnPackage.Literals.RECURRENT_NETWORK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHiddenUnits() {
		return hiddenUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHiddenUnits(int newHiddenUnits) {
		int oldHiddenUnits = hiddenUnits;
		hiddenUnits = newHiddenUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.RECURRENT_NETWORK__HIDDEN_UNITS, oldHiddenUnits, hiddenUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Activation getActivation() {
		return activation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivation(Activation newActivation) {
		Activation oldActivation = activation;
		activation = newActivation == null ? ACTIVATION_EDEFAULT : newActivation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.RECURRENT_NETWORK__ACTIVATION, oldActivation, activation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InitialState getInitialState() {
		return initialState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitialState(InitialState newInitialState) {
		InitialState oldInitialState = initialState;
		initialState = newInitialState == null ? INITIAL_STATE_EDEFAULT : newInitialState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.RECURRENT_NETWORK__INITIAL_STATE, oldInitialState, initialState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Readout getReadout() {
		return readout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadout(Readout newReadout) {
		Readout oldReadout = readout;
		readout = newReadout == null ? READOUT_EDEFAULT : newReadout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.RECURRENT_NETWORK__READOUT, oldReadout, readout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RnnPackage.RECURRENT_NETWORK__HIDDEN_UNITS:
				return getHiddenUnits();
			case RnnPackage.RECURRENT_NETWORK__ACTIVATION:
				return getActivation();
			case RnnPackage.RECURRENT_NETWORK__INITIAL_STATE:
				return getInitialState();
			case RnnPackage.RECURRENT_NETWORK__READOUT:
				return getReadout();
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
			case RnnPackage.RECURRENT_NETWORK__HIDDEN_UNITS:
				setHiddenUnits((Integer)newValue);
				return;
			case RnnPackage.RECURRENT_NETWORK__ACTIVATION:
				setActivation((Activation)newValue);
				return;
			case RnnPackage.RECURRENT_NETWORK__INITIAL_STATE:
				setInitialState((InitialState)newValue);
				return;
			case RnnPackage.RECURRENT_NETWORK__READOUT:
				setReadout((Readout)newValue);
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
			case RnnPackage.RECURRENT_NETWORK__HIDDEN_UNITS:
				setHiddenUnits(HIDDEN_UNITS_EDEFAULT);
				return;
			case RnnPackage.RECURRENT_NETWORK__ACTIVATION:
				setActivation(ACTIVATION_EDEFAULT);
				return;
			case RnnPackage.RECURRENT_NETWORK__INITIAL_STATE:
				setInitialState(INITIAL_STATE_EDEFAULT);
				return;
			case RnnPackage.RECURRENT_NETWORK__READOUT:
				setReadout(READOUT_EDEFAULT);
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
			case RnnPackage.RECURRENT_NETWORK__HIDDEN_UNITS:
				return hiddenUnits != HIDDEN_UNITS_EDEFAULT;
			case RnnPackage.RECURRENT_NETWORK__ACTIVATION:
				return activation != ACTIVATION_EDEFAULT;
			case RnnPackage.RECURRENT_NETWORK__INITIAL_STATE:
				return initialState != INITIAL_STATE_EDEFAULT;
			case RnnPackage.RECURRENT_NETWORK__READOUT:
				return readout != READOUT_EDEFAULT;
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
		result.append(" (hiddenUnits: ");
		result.append(hiddenUnits);
		result.append(", activation: ");
		result.append(activation);
		result.append(", initialState: ");
		result.append(initialState);
		result.append(", readout: ");
		result.append(readout);
		result.append(')');
		return result.toString();
	}

} //RecurrentNetworkImpl
