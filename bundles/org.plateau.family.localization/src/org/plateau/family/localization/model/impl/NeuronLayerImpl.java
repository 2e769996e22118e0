/**
 * Code marked @generated is produced by EMF from model/localization.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.localization.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.plateau.family.localization.model.LocalizationPackage;
import org.plateau.family.localization.model.NeuronActivation;
import org.plateau.family.localization.model.NeuronLayer;

import org.plateau.model.impl.ArchitectureImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Neuron Layer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.localization.model.impl.NeuronLayerImpl#getNeurons <em>Neurons</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.impl.NeuronLayerImpl#getActivation <em>Activation</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.impl.NeuronLayerImpl#isBias <em>Bias</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.impl.NeuronLayerImpl#isTrainedReadout <em>Trained Readout</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NeuronLayerImpl extends ArchitectureImpl implements NeuronLayer {
	/**
	 * The default value of the '{@link #getNeurons() <em>Neurons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeurons()
	 * @generated
	 * @ordered
	 */
	protected static final int NEURONS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getNeurons() <em>Neurons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeurons()
	 * @generated
	 * @ordered
	 */
	protected int neurons = NEURONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getActivation() <em>Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivation()
	 * @generated
	 * @ordered
	 */
	protected static final NeuronActivation ACTIVATION_EDEFAULT = NeuronActivation.RELU;

	/**
	 * The cached value of the '{@link #getActivation() <em>Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivation()
	 * @generated
	 * @ordered
	 */
	protected NeuronActivation activation = ACTIVATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isBias() <em>Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBias()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BIAS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBias() <em>Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBias()
	 * @generated
	 * @ordered
	 */
	protected boolean bias = BIAS_EDEFAULT;

	/**
	 * The default value of the '{@link #isTrainedReadout() <em>Trained Readout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTrainedReadout()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TRAINED_READOUT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTrainedReadout() <em>Trained Readout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTrainedReadout()
	 * @generated
	 * @ordered
	 */
	protected boolean trainedReadout = TRAINED_READOUT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NeuronLayerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LocalizationPackage.Literals.NEURON_LAYER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNeurons() {
		return neurons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNeurons(int newNeurons) {
		int oldNeurons = neurons;
		neurons = newNeurons;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LocalizationPackage.NEURON_LAYER__NEURONS, oldNeurons, neurons));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NeuronActivation getActivation() {
		return activation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivation(NeuronActivation newActivation) {
		NeuronActivation oldActivation = activation;
		activation = newActivation == null ? ACTIVATION_EDEFAULT : newActivation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LocalizationPackage.NEURON_LAYER__ACTIVATION, oldActivation, activation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBias() {
		return bias;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBias(boolean newBias) {
		boolean oldBias = bias;
		bias = newBias;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LocalizationPackage.NEURON_LAYER__BIAS, oldBias, bias));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTrainedReadout() {
		return trainedReadout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainedReadout(boolean newTrainedReadout) {
		boolean oldTrainedReadout = trainedReadout;
		trainedReadout = newTrainedReadout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LocalizationPackage.NEURON_LAYER__TRAINED_READOUT, oldTrainedReadout, trainedReadout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LocalizationPackage.NEURON_LAYER__NEURONS:
				return getNeurons();
			case LocalizationPackage.NEURON_LAYER__ACTIVATION:
				return getActivation();
			case LocalizationPackage.NEURON_LAYER__BIAS:
				return isBias();
			case LocalizationPackage.NEURON_LAYER__TRAINED_READOUT:
				return isTrainedReadout();
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
			case LocalizationPackage.NEURON_LAYER__NEURONS:
				setNeurons((Integer)newValue);
				return;
			case LocalizationPackage.NEURON_LAYER__ACTIVATION:
				setActivation((NeuronActivation)newValue);
				return;
			case LocalizationPackage.NEURON_LAYER__BIAS:
				setBias((Boolean)newValue);
				return;
			case LocalizationPackage.NEURON_LAYER__TRAINED_READOUT:
				setTrainedReadout((Boolean)newValue);
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
			case LocalizationPackage.NEURON_LAYER__NEURONS:
				setNeurons(NEURONS_EDEFAULT);
				return;
			case LocalizationPackage.NEURON_LAYER__ACTIVATION:
				setActivation(ACTIVATION_EDEFAULT);
				return;
			case LocalizationPackage.NEURON_LAYER__BIAS:
				setBias(BIAS_EDEFAULT);
				return;
			case LocalizationPackage.NEURON_LAYER__TRAINED_READOUT:
				setTrainedReadout(TRAINED_READOUT_EDEFAULT);
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
			case LocalizationPackage.NEURON_LAYER__NEURONS:
				return neurons != NEURONS_EDEFAULT;
			case LocalizationPackage.NEURON_LAYER__ACTIVATION:
				return activation != ACTIVATION_EDEFAULT;
			case LocalizationPackage.NEURON_LAYER__BIAS:
				return bias != BIAS_EDEFAULT;
			case LocalizationPackage.NEURON_LAYER__TRAINED_READOUT:
				return trainedReadout != TRAINED_READOUT_EDEFAULT;
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
		result.append(" (neurons: ");
		result.append(neurons);
		result.append(", activation: ");
		result.append(activation);
		result.append(", bias: ");
		result.append(bias);
		result.append(", trainedReadout: ");
		result.append(trainedReadout);
		result.append(')');
		return result.toString();
	}

} //NeuronLayerImpl
