/**
 * Code marked @generated is produced by EMF from model/rnn.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.rnn.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.plateau.family.rnn.model.RandomAutomatonTask;
import org.plateau.family.rnn.model.RnnPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Random Automaton Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.rnn.model.impl.RandomAutomatonTaskImpl#getMaxStates <em>Max States</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.RandomAutomatonTaskImpl#getNewStateProbability <em>New State Probability</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.RandomAutomatonTaskImpl#getOutputs <em>Outputs</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.RandomAutomatonTaskImpl#getAutomatonSeed <em>Automaton Seed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RandomAutomatonTaskImpl extends SequenceTaskImpl implements RandomAutomatonTask {
	/**
	 * The default value of the '{@link #getMaxStates() <em>Max States</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxStates()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_STATES_EDEFAULT = 7;

	/**
	 * The cached value of the '{@link #getMaxStates() <em>Max States</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxStates()
	 * @generated
	 * @ordered
	 */
	protected int maxStates = MAX_STATES_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewStateProbability() <em>New State Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewStateProbability()
	 * @generated
	 * @ordered
	 */
	protected static final double NEW_STATE_PROBABILITY_EDEFAULT = 0.75;

	/**
	 * The cached value of the '{@link #getNewStateProbability() <em>New State Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewStateProbability()
	 * @generated
	 * @ordered
	 */
	protected double newStateProbability = NEW_STATE_PROBABILITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutputs() <em>Outputs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputs()
	 * @generated
	 * @ordered
	 */
	protected static final int OUTPUTS_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getOutputs() <em>Outputs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputs()
	 * @generated
	 * @ordered
	 */
	protected int outputs = OUTPUTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAutomatonSeed() <em>Automaton Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAutomatonSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long AUTOMATON_SEED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getAutomatonSeed() <em>Automaton Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAutomatonSeed()
	 * @generated
	 * @ordered
	 */
	protected long automatonSeed = AUTOMATON_SEED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RandomAutomatonTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RnnPackage.Literals.RANDOM_AUTOMATON_TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxStates() {
		return maxStates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxStates(int newMaxStates) {
		int oldMaxStates = maxStates;
		maxStates = newMaxStates;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.RANDOM_AUTOMATON_TASK__MAX_STATES, oldMaxStates, maxStates));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getNewStateProbability() {
		return newStateProbability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewStateProbability(double newNewStateProbability) {
		double oldNewStateProbability = newStateProbability;
		newStateProbability = newNewStateProbability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.RANDOM_AUTOMATON_TASK__NEW_STATE_PROBABILITY, oldNewStateProbability, newStateProbability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOutputs() {
		return outputs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutputs(int newOutputs) {
		int oldOutputs = outputs;
		outputs = newOutputs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.RANDOM_AUTOMATON_TASK__OUTPUTS, oldOutputs, outputs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAutomatonSeed() {
		return automatonSeed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAutomatonSeed(long newAutomatonSeed) {
		long oldAutomatonSeed = automatonSeed;
		automatonSeed = newAutomatonSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.RANDOM_AUTOMATON_TASK__AUTOMATON_SEED, oldAutomatonSeed, automatonSeed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RnnPackage.RANDOM_AUTOMATON_TASK__MAX_STATES:
				return getMaxStates();
			case RnnPackage.RANDOM_AUTOMATON_TASK__NEW_STATE_PROBABILITY:
				return getNewStateProbability();
			case RnnPackage.RANDOM_AUTOMATON_TASK__OUTPUTS:
				return getOutputs();
			case RnnPackage.RANDOM_AUTOMATON_TASK__AUTOMATON_SEED:
				return getAutomatonSeed();
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
			case RnnPackage.RANDOM_AUTOMATON_TASK__MAX_STATES:
				setMaxStates((Integer)newValue);
				return;
			case RnnPackage.RANDOM_AUTOMATON_TASK__NEW_STATE_PROBABILITY:
				setNewStateProbability((Double)newValue);
				return;
			case RnnPackage.RANDOM_AUTOMATON_TASK__OUTPUTS:
				setOutputs((Integer)newValue);
				return;
			case RnnPackage.RANDOM_AUTOMATON_TASK__AUTOMATON_SEED:
				setAutomatonSeed((Long)newValue);
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
			case RnnPackage.RANDOM_AUTOMATON_TASK__MAX_STATES:
				setMaxStates(MAX_STATES_EDEFAULT);
				return;
			case RnnPackage.RANDOM_AUTOMATON_TASK__NEW_STATE_PROBABILITY:
				setNewStateProbability(NEW_STATE_PROBABILITY_EDEFAULT);
				return;
			case RnnPackage.RANDOM_AUTOMATON_TASK__OUTPUTS:
				setOutputs(OUTPUTS_EDEFAULT);
				return;
			case RnnPackage.RANDOM_AUTOMATON_TASK__AUTOMATON_SEED:
				setAutomatonSeed(AUTOMATON_SEED_EDEFAULT);
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
			case RnnPackage.RANDOM_AUTOMATON_TASK__MAX_STATES:
				return maxStates != MAX_STATES_EDEFAULT;
			case RnnPackage.RANDOM_AUTOMATON_TASK__NEW_STATE_PROBABILITY:
				return newStateProbability != NEW_STATE_PROBABILITY_EDEFAULT;
			case RnnPackage.RANDOM_AUTOMATON_TASK__OUTPUTS:
				return outputs != OUTPUTS_EDEFAULT;
			case RnnPackage.RANDOM_AUTOMATON_TASK__AUTOMATON_SEED:
				return automatonSeed != AUTOMATON_SEED_EDEFAULT;
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
		result.append(" (maxStates: ");
		result.append(maxStates);
		result.append(", newStateProbability: ");
		result.append(newStateProbability);
		result.append(", outputs: ");
		result.append(outputs);
		result.append(", automatonSeed: ");
		result.append(automatonSeed);
		result.append(')');
		return result.toString();
	}

} //RandomAutomatonTaskImpl
