/**
 * Code marked @generated is produced by EMF from model/committee.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.committee.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.plateau.family.committee.model.CommitteeInitialisation;
import org.plateau.family.committee.model.CommitteePackage;
import org.plateau.family.committee.model.CommitteeStart;

import org.plateau.model.impl.InitialisationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Initialisation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.committee.model.impl.CommitteeInitialisationImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.plateau.family.committee.model.impl.CommitteeInitialisationImpl#getInitialOverlap <em>Initial Overlap</em>}</li>
 *   <li>{@link org.plateau.family.committee.model.impl.CommitteeInitialisationImpl#getSecondLayerScale <em>Second Layer Scale</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CommitteeInitialisationImpl extends InitialisationImpl implements CommitteeInitialisation {
	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final CommitteeStart START_EDEFAULT = CommitteeStart.RANDOM;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected CommitteeStart start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitialOverlap() <em>Initial Overlap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialOverlap()
	 * @generated
	 * @ordered
	 */
	protected static final double INITIAL_OVERLAP_EDEFAULT = 0.2;

	/**
	 * The cached value of the '{@link #getInitialOverlap() <em>Initial Overlap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialOverlap()
	 * @generated
	 * @ordered
	 */
	protected double initialOverlap = INITIAL_OVERLAP_EDEFAULT;

	/**
	 * The default value of the '{@link #getSecondLayerScale() <em>Second Layer Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecondLayerScale()
	 * @generated
	 * @ordered
	 */
	protected static final double SECOND_LAYER_SCALE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSecondLayerScale() <em>Second Layer Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecondLayerScale()
	 * @generated
	 * @ordered
	 */
	protected double secondLayerScale = SECOND_LAYER_SCALE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CommitteeInitialisationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CommitteePackage.Literals.COMMITTEE_INITIALISATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommitteeStart getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(CommitteeStart newStart) {
		CommitteeStart oldStart = start;
		start = newStart == null ? START_EDEFAULT : newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommitteePackage.COMMITTEE_INITIALISATION__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInitialOverlap() {
		return initialOverlap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitialOverlap(double newInitialOverlap) {
		double oldInitialOverlap = initialOverlap;
		initialOverlap = newInitialOverlap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommitteePackage.COMMITTEE_INITIALISATION__INITIAL_OVERLAP, oldInitialOverlap, initialOverlap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSecondLayerScale() {
		return secondLayerScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecondLayerScale(double newSecondLayerScale) {
		double oldSecondLayerScale = secondLayerScale;
		secondLayerScale = newSecondLayerScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommitteePackage.COMMITTEE_INITIALISATION__SECOND_LAYER_SCALE, oldSecondLayerScale, secondLayerScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CommitteePackage.COMMITTEE_INITIALISATION__START:
				return getStart();
			case CommitteePackage.COMMITTEE_INITIALISATION__INITIAL_OVERLAP:
				return getInitialOverlap();
			case CommitteePackage.COMMITTEE_INITIALISATION__SECOND_LAYER_SCALE:
				return getSecondLayerScale();
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
			case CommitteePackage.COMMITTEE_INITIALISATION__START:
				setStart((CommitteeStart)newValue);
				return;
			case CommitteePackage.COMMITTEE_INITIALISATION__INITIAL_OVERLAP:
				setInitialOverlap((Double)newValue);
				return;
			case CommitteePackage.COMMITTEE_INITIALISATION__SECOND_LAYER_SCALE:
				setSecondLayerScale((Double)newValue);
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
			case CommitteePackage.COMMITTEE_INITIALISATION__START:
				setStart(START_EDEFAULT);
				return;
			case CommitteePackage.COMMITTEE_INITIALISATION__INITIAL_OVERLAP:
				setInitialOverlap(INITIAL_OVERLAP_EDEFAULT);
				return;
			case CommitteePackage.COMMITTEE_INITIALISATION__SECOND_LAYER_SCALE:
				setSecondLayerScale(SECOND_LAYER_SCALE_EDEFAULT);
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
			case CommitteePackage.COMMITTEE_INITIALISATION__START:
				return start != START_EDEFAULT;
			case CommitteePackage.COMMITTEE_INITIALISATION__INITIAL_OVERLAP:
				return initialOverlap != INITIAL_OVERLAP_EDEFAULT;
			case CommitteePackage.COMMITTEE_INITIALISATION__SECOND_LAYER_SCALE:
				return secondLayerScale != SECOND_LAYER_SCALE_EDEFAULT;
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
		result.append(" (start: ");
		result.append(start);
		result.append(", initialOverlap: ");
		result.append(initialOverlap);
		result.append(", secondLayerScale: ");
		result.append(secondLayerScale);
		result.append(')');
		return result.toString();
	}

} //CommitteeInitialisationImpl
